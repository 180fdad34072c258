package vn.kt1.batch.incident;

import java.util.List;

import vn.kt1.batch.shared.cli.CliException;
import vn.kt1.batch.shared.input.InputError;

/** An incidents file refused as a whole, with every problem found. */
public class IncidentImportException extends CliException {

	private final List<InputError> errors;

	IncidentImportException(List<InputError> errors) {
		super("incidents import refused, nothing was changed: " + errors.size() + " error(s), first: "
				+ errors.get(0));
		this.errors = List.copyOf(errors);
	}

	/** @return every error, by line and column */
	public List<InputError> errors() {
		return this.errors;
	}

}
