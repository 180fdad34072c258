package vn.kt1.batch.shared.tabular;

/**
 * One data row, its values in template column order.
 *
 * @param line the 1-based line where the row starts (CSV) or its sheet row number (XLSX, XLS)
 * @param values trimmed text per template column, {@code null} when empty or absent
 * @param dateCell per template column: the workbook cell was a date cell
 * @param numberCell per template column: the workbook cell was a number (not a date)
 * @param cellProblems per template column: why the cell cannot be used (a spreadsheet error
 * value, an impossible date serial, text longer than a cell holds), or {@code null}; the
 * array itself is {@code null} when no cell has a problem
 * @param problem why the row as a whole cannot be used (a field too many or too few, a line
 * too long), or {@code null}
 */
public record Row(long line, String[] values, boolean[] dateCell, boolean[] numberCell, String[] cellProblems,
		String problem) {

	public Row(long line, String[] values, boolean[] dateCell, boolean[] numberCell) {
		this(line, values, dateCell, numberCell, null, null);
	}

	/** @return why the template column's cell cannot be used, or {@code null} */
	public String cellProblem(int column) {
		return (this.cellProblems != null) ? this.cellProblems[column] : null;
	}

}
