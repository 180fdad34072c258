package vn.kt1.batch.ingest;

import java.util.List;

import vn.kt1.batch.shared.input.InputError;

/**
 * A row kept aside: where, why, and the values as received (template column order).
 */
public record RejectedRow(InputError error, String[] rawValues) {

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
				rawValues.clone());
	}

}
