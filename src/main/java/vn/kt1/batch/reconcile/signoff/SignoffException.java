package vn.kt1.batch.reconcile.signoff;

/** A sign-off that cannot be made, with the reason in the officer's words. */
public class SignoffException extends RuntimeException {

	SignoffException(String message) {
		super(message);
	}

}
