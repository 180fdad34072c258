package vn.kt1.batch.reconcile.checks;

import vn.kt1.batch.shared.cli.OverridableFailure;

/**
 * Data with {@code ERROR} checks (or months never reconciled), and no override. It carries
 * the facts; the command that was typed adds how to override them in its own options.
 */
public class DataChecksFailedException extends RuntimeException implements OverridableFailure {

	private final String facts;

	private final String consequence;

	/**
	 * A refusal that no override lifts.
	 * @param message what is missing and what to do
	 */
	public DataChecksFailedException(String message) {
		this(message, null);
	}

	/**
	 * A refusal that an override with a reason lifts.
	 * @param facts what was found and how to correct it
	 * @param consequence what an override records or implies, e.g. {@code recorded}
	 */
	public DataChecksFailedException(String facts, String consequence) {
		super(phrase(facts, consequence, ANY_COMMAND));
		this.facts = facts;
		this.consequence = consequence;
	}

	@Override
	public String message(String override) {
		return phrase(this.facts, this.consequence, override);
	}

	private static String phrase(String facts, String consequence, String override) {
		return (consequence != null) ? facts + ", or override with " + override + " (" + consequence + ")" : facts;
	}

}
