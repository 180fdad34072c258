package vn.kt1.batch.incident;

import java.util.List;

import vn.kt1.batch.shared.input.InputError;
import vn.kt1.batch.shared.input.InputRefusedException;

/** An incidents file refused as a whole, with every problem found. */
public class IncidentImportException extends InputRefusedException {

	IncidentImportException(List<InputError> errors) {
		super("incidents import", errors);
	}

}
