package vn.kt1.batch.shared.input;

import java.util.List;

import vn.kt1.batch.shared.cli.CliException;

/** A file loaded all or nothing, refused as a whole: every problem found, and nothing stored. */
public class InputRefusedException extends CliException {

	private final List<InputError> errors;

	protected InputRefusedException(String what, List<InputError> errors) {
		super(what + " refused, nothing was changed: " + errors.size() + " error(s), first: " + errors.get(0));
		this.errors = List.copyOf(errors);
	}

	/** @return every error, by line and column */
	public List<InputError> errors() {
		return this.errors;
	}

}
