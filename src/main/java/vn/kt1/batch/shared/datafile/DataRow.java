package vn.kt1.batch.shared.datafile;

import java.util.List;
import java.util.function.Function;

/**
 * One data line of a {@link DataFile}, read by column name.
 *
 * @param source the file, for messages
 * @param line the 1-based line number
 * @param columns the header's column names
 * @param values the trimmed values, one per column
 */
public record DataRow(String source, long line, List<String> columns, List<String> values) {

	public DataRow {
		columns = List.copyOf(columns);
		values = List.copyOf(values);
	}

	/**
	 * @return the value of a column that must not be empty
	 * @throws DataFileException when it is empty
	 */
	public String text(String column) {
		String value = optional(column);
		if (value == null) {
			throw error(column, "is empty");
		}
		return value;
	}

	/** @return the value of a column, {@code null} when empty */
	public String optional(String column) {
		int index = this.columns.indexOf(column);
		if (index < 0) {
			throw new IllegalArgumentException("no column " + column + " in " + this.source);
		}
		String value = this.values.get(index);
		return value.isEmpty() ? null : value;
	}

	/**
	 * Parse a column that must not be empty.
	 * @param parser turns the text into the value; any runtime exception it throws means
	 * the text does not fit
	 * @param expected what the text should be, for the message, e.g. {@code a date yyyy-MM-dd}
	 * @throws DataFileException when the column is empty or its text does not fit
	 */
	public <T> T parse(String column, Function<String, T> parser, String expected) {
		String text = text(column);
		try {
			return parser.apply(text);
		}
		catch (RuntimeException ex) {
			throw new DataFileException(this.source, this.line, column,
					"'" + text + "' is not " + expected, ex);
		}
	}

	/** @return an error about one field of this line */
	public DataFileException error(String column, String reason) {
		return new DataFileException(this.source, this.line, column, reason);
	}

}
