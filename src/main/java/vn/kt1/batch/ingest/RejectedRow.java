package vn.kt1.batch.ingest;

import java.util.List;

import vn.kt1.batch.shared.input.InputError;
import vn.kt1.batch.shared.tabular.CellText;

/**
 * A row kept aside: where, why, and the values as received (template column order). A value
 * longer than a spreadsheet cell holds (32,767 characters) is kept cut, with a mark that says
 * how long it was, so that the rejects always fit their workbook.
 */
public record RejectedRow(InputError error, String[] rawValues) {

	public RejectedRow {
		rawValues = clipped(rawValues);
	}

	/**
	 * One rejected row from every error found in it: the first error's column, and a reason
	 * that names the other columns, e.g. {@code invalid date; khoi_luong_g: must be more than 0}.
	 */
	public static RejectedRow of(List<InputError> errors, String[] rawValues) {
		InputError first = errors.get(0);
		StringBuilder reason = new StringBuilder(first.reason());
		for (InputError other : errors.subList(1, errors.size())) {
			reason.append("; ").append(other.column()).append(": ").append(other.reason());
		}
		return new RejectedRow(new InputError(first.file(), first.line(), first.column(), reason.toString()),
				rawValues);
	}

	private static String[] clipped(String[] values) {
		if (values == null) {
			return new String[0];
		}
		String[] copy = values.clone();
		for (int i = 0; i < copy.length; i++) {
			copy[i] = clip(copy[i]);
		}
		return copy;
	}

	/** @return the value, or its start with a mark saying how long it was when it does not fit a cell */
	static String clip(String value) {
		return CellText.clip(value);
	}

}
