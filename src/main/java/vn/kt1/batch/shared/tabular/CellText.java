package vn.kt1.batch.shared.tabular;

import java.util.Locale;

/**
 * Text that must fit a spreadsheet cell (32,767 characters): a longer value is kept cut, with
 * a mark that says how long it was, so that rejected values always fit their workbook.
 */
public final class CellText {

	/** The most characters a spreadsheet cell holds. */
	public static final int LIMIT = 32_767;

	private CellText() {
	}

	/** @return the value, or its start with a mark when it does not fit a cell */
	public static String clip(String value) {
		return (value == null) ? null : clip(value, value.length());
	}

	/**
	 * @param length how long the value really was (it may have been read only in part)
	 * @return the value, or its start with a mark when it does not fit a cell
	 */
	public static String clip(String value, long length) {
		if (length <= LIMIT && value.length() <= LIMIT) {
			return value;
		}
		String mark = String.format(Locale.ROOT, "…[cắt bớt: %,d ký tự]", length);
		return value.substring(0, Math.min(value.length(), LIMIT - mark.length())) + mark;
	}

}
