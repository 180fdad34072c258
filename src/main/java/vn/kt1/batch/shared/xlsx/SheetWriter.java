package vn.kt1.batch.shared.xlsx;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
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

	private List<Column> columns = List.of();

	private int headerRow = -1;

	private int tables;

	private int titles;

	private int next;

	SheetWriter(SXSSFSheet sheet, Styles styles, List<String> titles) {
		this.sheet = sheet;
		this.styles = styles;
		for (int i = 0; i < titles.size(); i++) {
			Cell cell = sheet.createRow(i).createCell(0);
			cell.setCellValue(titles.get(i));
			cell.setCellStyle((i == 0) ? styles.title : styles.subtitle);
		}
		this.titles = titles.size();
		this.next = titles.size() + (titles.isEmpty() ? 0 : 1);
		printSetup();
	}

	SheetWriter(SXSSFSheet sheet, Styles styles, List<String> titles, List<Column> columns) {
		this(sheet, styles, titles);
		table(null, columns);
	}

	/**
	 * Start a table below what was written: a bold caption (unless {@code null}) and a header
	 * row. Rows written next belong to it. A column is as wide as its widest table needs.
	 */
	public SheetWriter table(String caption, List<Column> columns) {
		if (this.tables > 0) {
			this.next++;
		}
		if (caption != null) {
			caption(caption);
		}
		this.columns = List.copyOf(columns);
		this.headerRow = this.next++;
		if (this.tables++ == 0 && columns.size() > 1) {
			// the title block is centred across the first table
			for (int i = 0; i < this.titles; i++) {
				this.sheet.addMergedRegion(new CellRangeAddress(i, i, 0, columns.size() - 1));
			}
		}
		Row header = this.sheet.createRow(this.headerRow);
		int lines = 2;
		for (int c = 0; c < columns.size(); c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(columns.get(c).header());
			cell.setCellStyle(this.styles.header);
			this.sheet.setColumnWidth(c, Math.max(this.sheet.getColumnWidth(c), columns.get(c).width() * 256));
			lines = Math.max(lines, lines(columns.get(c).header(), columns.get(c).width()));
		}
		header.setHeightInPoints(lines * LINE_POINTS + 2);
		return this;
	}

	/** Print the sheet on one page (by default it is one page wide and as many tall as it needs). */
	public SheetWriter onePage() {
		this.sheet.getPrintSetup().setFitHeight((short) 1);
		return this;
	}

	/** Write a line in bold, like a table's caption: the heading of what follows. */
	public SheetWriter caption(String text) {
		set(this.sheet.createRow(this.next++).createCell(0), text, CellKind.TEXT, this.styles.caption);
		return this;
	}

	/** Write a line of plain text below the table, outside its grid. */
	public SheetWriter note(String text) {
		Cell cell = this.sheet.createRow(this.next++).createCell(0);
		set(cell, text, CellKind.TEXT, this.styles.subtitle);
		return this;
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

	/** @return the number of data rows written in the current table */
	public int rows() {
		return this.next - this.headerRow - 1;
	}

	/** @return the 0-based index of the last row written, e.g. for a chart's cell range */
	public int lastRow() {
		return this.next - 1;
	}

	/**
	 * Close the sheet: a filter over the last table's header and rows. A sheet of one table
	 * also keeps its header in view (frozen) and prints it on every page.
	 */
	public void finish() {
		if (this.tables == 1) {
			this.sheet.createFreezePane(0, this.headerRow + 1);
			this.sheet.setRepeatingRows(new CellRangeAddress(this.headerRow, this.headerRow, -1, -1));
		}
		if (this.tables > 0) {
			int last = Math.max(this.next - 1, this.headerRow);
			this.sheet.setAutoFilter(new CellRangeAddress(this.headerRow, last, 0, this.columns.size() - 1));
		}
	}

	private void write(Object[] values, boolean total) {
		if (values.length != this.columns.size()) {
			throw new IllegalArgumentException(values.length + " values for " + this.columns.size() + " columns");
		}
		Row row = this.sheet.createRow(this.next++);
		int lines = 1;
		for (int c = 0; c < values.length; c++) {
			Column column = this.columns.get(c);
			CellKind kind = column.kind();
			set(row.createCell(c), values[c], kind, total ? this.styles.total(kind) : this.styles.body(kind));
			if (kind == CellKind.TEXT && values[c] != null) {
				lines = Math.max(lines, lines(values[c].toString(), column.width()));
			}
		}
		if (lines > 1) {
			// streamed rows are not measured by the spreadsheet: wrapped text needs its height set
			row.setHeightInPoints(lines * LINE_POINTS + 2);
		}
	}

	private void set(Cell cell, Object value, CellKind kind, CellStyle style) {
		cell.setCellStyle(style);
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
				cell.setCellStyle(this.styles.literal(style));
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
		this.sheet.getFooter().setCenter("Trang &P / &N");
	}

}
