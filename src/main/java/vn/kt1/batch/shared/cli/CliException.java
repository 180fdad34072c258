package vn.kt1.batch.shared.cli;

/**
 * A failure to report to the operator as one line, with a non-zero exit code.
 */
public class CliException extends RuntimeException {

	private final int exitCode;

	public CliException(String message) {
		this(message, 1);
	}

	public CliException(String message, int exitCode) {
		super(message);
		this.exitCode = exitCode;
	}

	public int exitCode() {
		return this.exitCode;
	}

}
