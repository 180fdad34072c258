package vn.kt1.batch.shared.xlsx;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes one sheet for people, row by row (streamed): a title block, a header row that is
 * frozen, filtered and repeated on every printed page, then typed rows. Text is always a
 * string cell; text that a spreadsheet could take for a formula ({@code =}, {@code +},
 * {@code -}, {@code @}, tab, carriage return) is also marked as literal.
 */
public final class SheetWriter {

	private final SXSSFSheet sheet;

	private final Styles styles;

	private final List<Column> columns;

	private final int headerRow;

	private int next;

	SheetWriter(SXSSFSheet sheet, Styles styles, List<String> titles, List<Column> columns) {
		this.sheet = sheet;
		this.styles = styles;
		this.columns = columns;
		for (int i = 0; i < titles.size(); i++) {
			Cell cell = sheet.createRow(i).createCell(0);
			cell.setCellValue(titles.get(i));
			cell.setCellStyle((i == 0) ? styles.title : styles.subtitle);
		}
		this.headerRow = titles.size() + (titles.isEmpty() ? 0 : 1);
		Row header = sheet.createRow(this.headerRow);
		header.setHeightInPoints(32);
		for (int c = 0; c < columns.size(); c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(columns.get(c).header());
			cell.setCellStyle(styles.header);
			sheet.setColumnWidth(c, columns.get(c).width() * 256);
		}
		this.next = this.headerRow + 1;
		printSetup();
	}

	/** Write a row; {@code null} leaves a cell empty. */
	public SheetWriter row(Object... values) {
		write(values, false);
		return this;
	}

	/** Write a row in bold: a subtotal or total. */
	public SheetWriter totalRow(Object... values) {
		write(values, true);
		return this;
	}

	/** @return the number of data rows written */
	public int rows() {
		return this.next - this.headerRow - 1;
	}

	/** Close the table: a filter over the header and the rows. */
	public void finish() {
		this.sheet.createFreezePane(0, this.headerRow + 1);
		int last = Math.max(this.next - 1, this.headerRow);
		this.sheet.setAutoFilter(new CellRangeAddress(this.headerRow, last, 0, this.columns.size() - 1));
	}

	private void write(Object[] values, boolean total) {
		if (values.length != this.columns.size()) {
			throw new IllegalArgumentException(values.length + " values for " + this.columns.size() + " columns");
		}
		Row row = this.sheet.createRow(this.next++);
		for (int c = 0; c < values.length; c++) {
			Cell cell = row.createCell(c);
			CellKind kind = this.columns.get(c).kind();
			cell.setCellStyle(total ? this.styles.total(kind) : this.styles.body(kind));
			set(cell, values[c], kind);
		}
	}

	private void set(Cell cell, Object value, CellKind kind) {
		if (value == null) {
			return;
		}
		if (value instanceof Number number && kind != CellKind.TEXT) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof LocalDateTime time) {
			cell.setCellValue(time);
		}
		else if (value instanceof LocalDate day) {
			cell.setCellValue(day);
		}
		else {
			String text = value.toString();
			cell.setCellValue(text);
			if (SafeText.looksLikeFormula(text)) {
				cell.setCellStyle(this.styles.literalText);
			}
		}
	}

	private void printSetup() {
		PrintSetup print = this.sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		this.sheet.setFitToPage(true);
		this.sheet.setRepeatingRows(new CellRangeAddress(this.headerRow, this.headerRow, -1, -1));
	}

}
