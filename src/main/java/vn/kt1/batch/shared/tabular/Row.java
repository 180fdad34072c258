package vn.kt1.batch.shared.tabular;

/**
 * One data row, its values in template column order.
 *
 * @param line the 1-based line where the row starts (CSV) or its sheet row number (XLSX)
 * @param values trimmed text per template column, {@code null} when empty or absent
 * @param dateCell per template column: the XLSX cell was a date cell
 * @param numberCell per template column: the XLSX cell was a number (not a date)
 */
public record Row(long line, String[] values, boolean[] dateCell, boolean[] numberCell) {

}
