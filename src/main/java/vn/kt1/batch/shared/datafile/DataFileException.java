package vn.kt1.batch.shared.datafile;

/**
 * A configuration data file that cannot be used: it names the file, and where known the
 * line and the field, so that whoever edits the file can fix it.
 */
public class DataFileException extends RuntimeException {

	private final String source;

	private final long line;

	private final String field;

	public DataFileException(String source, long line, String field, String reason) {
		this(source, line, field, reason, null);
	}

	public DataFileException(String source, long line, String field, String reason, Throwable cause) {
		super(message(source, line, field, reason), cause);
		this.source = source;
		this.line = line;
		this.field = field;
	}

	private static String message(String source, long line, String field, String reason) {
		StringBuilder text = new StringBuilder(source);
		if (line > 0) {
			text.append(", line ").append(line);
		}
		if (field != null) {
			text.append(", field ").append(field);
		}
		return text.append(": ").append(reason).toString();
	}

	/** @return the file, as its location was given */
	public String source() {
		return this.source;
	}

	/** @return the 1-based line, or 0 when the problem is the whole file */
	public long line() {
		return this.line;
	}

	/** @return the column name, or {@code null} */
	public String field() {
		return this.field;
	}

}
