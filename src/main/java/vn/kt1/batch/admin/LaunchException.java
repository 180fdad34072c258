package vn.kt1.batch.admin;

/** A job that could not be launched or did not complete, said in one line. */
public class LaunchException extends RuntimeException {

	public LaunchException(String message) {
		super(message);
	}

	public LaunchException(String message, Throwable cause) {
		super(message, cause);
	}

}
