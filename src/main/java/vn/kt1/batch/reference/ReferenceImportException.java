package vn.kt1.batch.reference;

import java.util.List;

import vn.kt1.batch.shared.cli.CliException;
import vn.kt1.batch.shared.input.InputError;

/** A reference import refused as a whole, with every problem found. */
public class ReferenceImportException extends CliException {

	private final List<InputError> errors;

	ReferenceImportException(List<InputError> errors) {
		super("reference import refused, nothing was changed: " + errors.size() + " error(s), first: "
				+ errors.get(0));
		this.errors = List.copyOf(errors);
	}

	public List<InputError> errors() {
		return this.errors;
	}

}
