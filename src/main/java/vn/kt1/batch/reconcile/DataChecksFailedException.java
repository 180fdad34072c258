package vn.kt1.batch.reconcile;

/** Data with {@code ERROR} checks, and no override. */
public class DataChecksFailedException extends RuntimeException {

	public DataChecksFailedException(String message) {
		super(message);
	}

}
