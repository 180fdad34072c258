package vn.kt1.batch.budget;

import java.util.List;

import vn.kt1.batch.shared.input.InputError;
import vn.kt1.batch.shared.input.InputRefusedException;

/** A proposals or allocations file refused as a whole, with every problem found. */
public class BudgetImportException extends InputRefusedException {

	BudgetImportException(List<InputError> errors) {
		super("budget import", errors);
	}

}
