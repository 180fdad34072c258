package vn.kt1.batch.shared.tabular;

/** A field whose text does not fit its type; the message is the reason, for people. */
public class FieldException extends RuntimeException {

	public FieldException(String reason) {
		super(reason, null, false, false);
	}

}
