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
 * Writes one sheet for people, row by row (streamed): a title block (each line merged across
 * the table and centred), a header row that is frozen, filtered and repeated on every printed
 * page, then typed rows; printed pages are numbered. Text is always a
 * string cell; text that a spreadsheet could take for a formula ({@code =}, {@code +},
 * {@code -}, {@code @}, tab, carriage return) is also marked as literal.
 */
public final class SheetWriter {

	private static final float LINE_POINTS = 13.8f;

	private static final double CHARACTERS_PER_WIDTH = 1.4;

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
			if (columns.size() > 1) {
				sheet.addMergedRegion(new CellRangeAddress(i, i, 0, columns.size() - 1));
			}
		}
		this.headerRow = titles.size() + (titles.isEmpty() ? 0 : 1);
		Row header = sheet.createRow(this.headerRow);
		int lines = 2;
		for (int c = 0; c < columns.size(); c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(columns.get(c).header());
			cell.setCellStyle(styles.header);
			sheet.setColumnWidth(c, columns.get(c).width() * 256);
			lines = Math.max(lines, lines(columns.get(c).header(), columns.get(c).width()));
		}
		header.setHeightInPoints(lines * LINE_POINTS + 2);
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
		int lines = 1;
		for (int c = 0; c < values.length; c++) {
			Cell cell = row.createCell(c);
			CellKind kind = this.columns.get(c).kind();
			cell.setCellStyle(total ? this.styles.total(kind) : this.styles.body(kind));
			set(cell, values[c], kind);
			if (kind == CellKind.TEXT && values[c] != null) {
				lines = Math.max(lines, lines(values[c].toString(), this.columns.get(c).width()));
			}
		}
		if (lines > 1) {
			// streamed rows are not measured by the spreadsheet: wrapped text needs its height set
			row.setHeightInPoints(lines * LINE_POINTS + 2);
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

	/**
	 * @return about how many lines the text takes when wrapped in a column of that width
	 * (Times New Roman 11 pt fits about 1.4 characters per unit of column width)
	 */
	static int lines(String text, int width) {
		int perLine = Math.max(1, (int) (width * CHARACTERS_PER_WIDTH));
		int lines = 0;
		for (String paragraph : text.split("\n", -1)) {
			lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
		}
		return lines;
	}

	private void printSetup() {
		PrintSetup print = this.sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		this.sheet.setFitToPage(true);
		this.sheet.setRepeatingRows(new CellRangeAddress(this.headerRow, this.headerRow, -1, -1));
		this.sheet.getFooter().setCenter("Trang &P / &N");
	}

}
