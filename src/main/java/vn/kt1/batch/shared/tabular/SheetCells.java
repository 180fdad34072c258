package vn.kt1.batch.shared.tabular;

import java.util.Arrays;
import java.util.List;

/**
 * The cells of one sheet row as a workbook reader found them, by column position, with
 * the kind of each (text, number, date) and what is wrong with a cell or the row. Holds at
 * most a fixed number of columns, whatever the row addresses.
 */
final class SheetCells {

	/** Columns A to XFD: no sheet has more. */
	static final int MAX_COLUMNS = 16_384;

	/** The most characters a spreadsheet cell holds. */
	static final int MAX_CELL_CHARS = CellText.LIMIT;

	static final byte TEXT = 0;

	static final byte NUMBER = 1;

	static final byte DATE = 2;

	private static final int CLIP = 40;

	private final long row;

	private final String[] texts;

	private final byte[] kinds;

	private String[] problems;

	private String rowProblem;

	private int used;

	SheetCells(long row, int width) {
		this.row = row;
		this.texts = new String[width];
		this.kinds = new byte[width];
	}

	long row() {
		return this.row;
	}

	int width() {
		return this.texts.length;
	}

	void text(int column, String text) {
		set(column, text, TEXT);
	}

	void number(int column, String text) {
		set(column, text, NUMBER);
	}

	void date(int column, String text) {
		set(column, text, DATE);
	}

	/** A spreadsheet error value such as {@code #N/A} or {@code #VALUE!}. */
	void error(int column, String code) {
		problem(column, "the cell holds the spreadsheet error " + clip(code), code);
	}

	/** A cell that cannot be used, and the value it holds (kept for the rejects, cut to a cell's size). */
	void problem(int column, String reason, String raw) {
		problem(column, reason, raw, raw.length());
	}

	/** A cell that cannot be used, the value it holds (perhaps read in part) and that value's length. */
	void problem(int column, String reason, String raw, long length) {
		set(column, CellText.clip(raw, length), TEXT);
		if (this.problems == null) {
			this.problems = new String[this.texts.length];
		}
		this.problems[column] = reason;
	}

	/** A cell addressed beyond the last column a sheet can have: the row cannot be trusted. */
	void beyondLastColumn() {
		this.rowProblem = "a cell of the row is addressed beyond column XFD, the last column of a sheet "
				+ "(the workbook is damaged or was not written by a spreadsheet program)";
	}

	private void set(int column, String text, byte kind) {
		this.texts[column] = text;
		this.kinds[column] = kind;
		this.used = Math.max(this.used, column + 1);
	}

	/** @return the texts of the columns up to the last one used ({@code null} for empty cells) */
	List<String> texts() {
		return Arrays.asList(Arrays.copyOf(this.texts, this.used));
	}

	String text(int column) {
		return (column < this.texts.length) ? this.texts[column] : null;
	}

	byte kind(int column) {
		return (column < this.kinds.length) ? this.kinds[column] : TEXT;
	}

	String problem(int column) {
		return (this.problems != null && column < this.problems.length) ? this.problems[column] : null;
	}

	String rowProblem() {
		return this.rowProblem;
	}

	/** @return the text cut to a length that fits a message */
	static String clip(String text) {
		return (text.length() <= CLIP) ? text : text.substring(0, CLIP) + "…";
	}

}
