package vn.kt1.batch.shared.tabular;

import java.nio.file.Path;

/**
 * A file that cannot be read as a table: no header, a missing required column, an encoding
 * error, a corrupt or unsafe workbook.
 */
public class TabularFormatException extends Exception {

	private final Path file;

	private final long line;

	private final String column;

	private final String reason;

	public TabularFormatException(Path file, long line, String column, String reason) {
		this(file, line, column, reason, null);
	}

	public TabularFormatException(Path file, long line, String column, String reason, Throwable cause) {
		super(message(file, line, column, reason), cause);
		this.file = file;
		this.line = line;
		this.column = column;
		this.reason = reason;
	}

	private static String message(Path file, long line, String column, String reason) {
		StringBuilder text = new StringBuilder(file.getFileName().toString());
		if (line > 0) {
			text.append(", line ").append(line);
		}
		if (column != null) {
			text.append(", column ").append(column);
		}
		return text.append(": ").append(reason).toString();
	}

	public Path file() {
		return this.file;
	}

	/** @return the line, or 0 when the problem is the whole file */
	public long line() {
		return this.line;
	}

	/** @return the column, or {@code null} */
	public String column() {
		return this.column;
	}

	public String reason() {
		return this.reason;
	}

}
