package vn.kt1.batch.shared.tabular;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Pulls the rows of a sheet's XML one at a time: each cell as text (shared and inline
 * strings, booleans, cached formula results), numbers as plain decimals ({@code 3101881},
 * {@code 12500.5}) and date cells as {@code yyyy-MM-dd[ HH:mm:ss]}. A cell that cannot be
 * read (an error value such as {@code #N/A}, a date serial outside the calendar) is passed
 * on with its problem, never as an exception for the whole sheet. Only the first
 * {@link #keepColumns kept columns} of each row are held, so a cell addressed far to the
 * right costs no memory.
 */
final class SheetRows {

	static final int NO_REFERENCE = -2;

	private final XMLStreamReader xml;

	private final SheetStrings strings;

	private final StylesTable styles;

	private final boolean date1904;

	private final Map<Integer, Boolean> dateStyles = new HashMap<>();

	private final StringBuilder value = new StringBuilder(64);

	private long currentRow;

	private int keep = SheetCells.MAX_COLUMNS;

	SheetRows(InputStream sheet, SheetStrings strings, StylesTable styles, boolean date1904)
			throws XMLStreamException {
		this.xml = WorkbookXml.open(sheet);
		this.strings = strings;
		this.styles = styles;
		this.date1904 = date1904;
	}

	/** Hold only the first {@code columns} cells of each row from now on (the header's width). */
	void keepColumns(int columns) {
		this.keep = Math.min(columns, SheetCells.MAX_COLUMNS);
	}

	private String name() {
		return WorkbookXml.name(this.xml);
	}

	long currentRow() {
		return this.currentRow;
	}

	/** @return the next row element's cells, or {@code null} after the last */
	SheetCells next() throws XMLStreamException {
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			WorkbookXml.refuseDoctype(event);
			if (event == XMLStreamConstants.START_ELEMENT && "row".equals(name())) {
				this.currentRow = rowNumber(this.xml.getAttributeValue(null, "r"), this.currentRow + 1);
				return readRow();
			}
		}
		return null;
	}

	private static long rowNumber(String r, long next) {
		try {
			return (r != null) ? Long.parseLong(r.strip()) : next;
		}
		catch (NumberFormatException ex) {
			return next;
		}
	}

	private SheetCells readRow() throws XMLStreamException {
		SheetCells cells = new SheetCells(this.currentRow, this.keep);
		int implicitColumn = 0;
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.END_ELEMENT && "row".equals(name())) {
				return cells;
			}
			if (event == XMLStreamConstants.START_ELEMENT && "c".equals(name())) {
				String ref = this.xml.getAttributeValue(null, "r");
				int column = (ref != null) ? column(ref) : NO_REFERENCE;
				column = (column == NO_REFERENCE) ? implicitColumn : column;
				implicitColumn = column + 1;
				readCell(column, cells);
			}
		}
		throw new XMLStreamException("the sheet ends inside row " + this.currentRow);
	}

	private void readCell(int column, SheetCells cells) throws XMLStreamException {
		String type = this.xml.getAttributeValue(null, "t");
		String style = this.xml.getAttributeValue(null, "s");
		StringBuilder value = this.value;
		value.setLength(0);
		long length = 0;
		boolean inValue = false;
		int depth = 0;
		int skipped = 0;
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = name();
				skipped += "rPh".equals(name) ? 1 : 0;
				inValue = skipped == 0 && ("v".equals(name) || "t".equals(name));
				depth++;
			}
			else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
				if (inValue) {
					int count = this.xml.getTextLength();
					length += count;
					int room = SheetCells.MAX_CELL_CHARS + 1 - value.length();
					value.append(this.xml.getTextCharacters(), this.xml.getTextStart(), Math.max(0, Math.min(room, count)));
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				if (depth == 0 && "c".equals(name())) {
					break;
				}
				skipped -= "rPh".equals(name()) ? 1 : 0;
				depth--;
				inValue = false;
			}
		}
		if (column < 0) {
			cells.beyondLastColumn();
		}
		else if (column < cells.width() && value.length() > 0) {
			convert(column, type, style, value.toString(), length, cells);
		}
	}

	private void convert(int column, String type, String style, String raw, long length, SheetCells cells) {
		if (length > SheetCells.MAX_CELL_CHARS) {
			cells.problem(column, "the cell holds more than " + SheetCells.MAX_CELL_CHARS
					+ " characters, more than a spreadsheet cell can", raw, length);
		}
		else if ("s".equals(type)) {
			sharedString(column, raw, cells);
		}
		else if ("b".equals(type)) {
			cells.text(column, "1".equals(raw.strip()) ? "TRUE" : "FALSE");
		}
		else if ("e".equals(type)) {
			cells.error(column, raw.strip());
		}
		else if ("d".equals(type)) {
			cells.date(column, raw.strip().replace('T', ' '));
		}
		else if (type == null || "n".equals(type)) {
			number(column, style, raw.strip(), cells);
		}
		else {
			cells.text(column, raw);
		}
	}

	private void sharedString(int column, String raw, SheetCells cells) {
		try {
			int index = Integer.parseInt(raw.strip());
			String text = this.strings.get(index);
			if (this.strings.tooLong(index) || text.length() > SheetCells.MAX_CELL_CHARS) {
				cells.problem(column, "the cell holds more than " + SheetCells.MAX_CELL_CHARS + " characters", text);
			}
			else {
				cells.text(column, text);
			}
		}
		catch (RuntimeException ex) {
			cells.problem(column, "the cell refers to a shared text (" + SheetCells.clip(raw)
					+ ") that the workbook does not have", raw);
		}
	}

	private void number(int column, String style, String raw, SheetCells cells) {
		double number;
		try {
			number = Double.parseDouble(raw);
		}
		catch (NumberFormatException ex) {
			cells.problem(column, "the cell is marked as a number but holds '" + SheetCells.clip(raw) + "'", raw);
			return;
		}
		if (style != null && isDateStyle(style)) {
			LocalDateTime value = DateUtil.isValidExcelDate(number)
					? DateUtil.getLocalDateTime(number, this.date1904, true) : null;
			if (value == null) {
				cells.problem(column, "the date cell holds " + SheetCells.clip(plain(raw))
						+ ", which is no date (a negative or impossible date serial)", raw);
				return;
			}
			cells.date(column, (value.toLocalTime().toSecondOfDay() == 0) ? value.toLocalDate().toString()
					: value.toLocalDate() + " " + value.toLocalTime().withNano(0));
			return;
		}
		cells.number(column, isWholeNumber(raw) ? raw : wholeOrPlain(raw));
	}

	/** @return {@code 126} for {@code 126.0}, as programs write whole numbers, else {@link #plain} */
	private static String wholeOrPlain(String raw) {
		int end = raw.length() - 2;
		return (end > 0 && raw.endsWith(".0") && isWholeNumber(raw.substring(0, end))) ? raw.substring(0, end)
				: plain(raw);
	}

	private static String plain(String raw) {
		try {
			return new BigDecimal(raw).stripTrailingZeros().toPlainString();
		}
		catch (NumberFormatException ex) {
			return raw;
		}
	}

	static boolean isWholeNumber(String raw) {
		if (raw.isEmpty() || raw.length() > 18 || (raw.charAt(0) == '0' && raw.length() > 1)) {
			return false;
		}
		for (int i = 0; i < raw.length(); i++) {
			if (raw.charAt(i) < '0' || raw.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	private boolean isDateStyle(String style) {
		int index;
		try {
			index = Integer.parseInt(style.strip());
		}
		catch (NumberFormatException ex) {
			return false;
		}
		return this.dateStyles.computeIfAbsent(index, (i) -> {
			try {
				XSSFCellStyle cellStyle = this.styles.getStyleAt(i);
				return cellStyle != null
						&& DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
			}
			catch (RuntimeException ex) {
				return false;
			}
		});
	}

	/**
	 * @return the 0-based column of a reference such as {@code C12}, -1 beyond column XFD,
	 * {@link #NO_REFERENCE} when it names no column
	 */
	static int column(String reference) {
		if (reference.isEmpty() || reference.charAt(0) < 'A' || reference.charAt(0) > 'Z') {
			return NO_REFERENCE;
		}
		int column = 0;
		for (int i = 0; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c < 'A' || c > 'Z') {
				break;
			}
			column = column * 26 + (c - 'A' + 1);
			if (column > SheetCells.MAX_COLUMNS) {
				return -1;
			}
		}
		return column - 1;
	}

	void close() {
		try {
			this.xml.close();
		}
		catch (XMLStreamException ex) {
			// nothing left to read
		}
	}

}
