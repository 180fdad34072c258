package vn.kt1.batch.estimate;

/** An estimate that cannot be made from the data: the message says why and what to do. */
public class EstimateException extends RuntimeException {

	public EstimateException(String message) {
		super(message);
	}

}
