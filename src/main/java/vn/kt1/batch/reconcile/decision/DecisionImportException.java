package vn.kt1.batch.reconcile.decision;

import java.util.List;

import vn.kt1.batch.shared.cli.CliException;
import vn.kt1.batch.shared.input.InputError;

/** A decisions workbook refused as a whole, with every problem found; nothing was stored. */
class DecisionImportException extends CliException {

	private final List<InputError> errors;

	DecisionImportException(List<InputError> errors) {
		super("sổ quyết định bị từ chối, không ghi nhận gì: " + errors.size() + " lỗi, lỗi đầu: " + errors.get(0));
		this.errors = List.copyOf(errors);
	}

	/** @return every error, by sheet row and column */
	List<InputError> errors() {
		return this.errors;
	}

}
