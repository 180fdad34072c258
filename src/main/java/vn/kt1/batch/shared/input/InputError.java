package vn.kt1.batch.shared.input;

/**
 * One problem in an input file, located for the person who must fix it.
 *
 * @param file the file name
 * @param line the line (CSV) or sheet row (XLSX), 0 for the whole file
 * @param column the column code, or {@code null} for the whole row or file
 * @param reason what is wrong, in plain words
 */
public record InputError(String file, long line, String column, String reason) {

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(this.file);
		if (this.line > 0) {
			text.append(", line ").append(this.line);
		}
		if (this.column != null) {
			text.append(", column ").append(this.column);
		}
		return text.append(": ").append(this.reason).toString();
	}

}
