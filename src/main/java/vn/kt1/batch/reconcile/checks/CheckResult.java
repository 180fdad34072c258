package vn.kt1.batch.reconcile.checks;

/**
 * One data check of a run.
 *
 * @param name the check, e.g. {@code FRESHNESS}
 * @param findings how many rows, days or agencies it found
 * @param message what it found, in one line
 */
public record CheckResult(String name, Severity severity, int findings, String message) {

	/**
	 * @param found the message when something was found, with {@code %d} for the count
	 * @param clean the message when nothing was found
	 */
	static CheckResult of(String name, Severity severity, int findings, String found, String clean) {
		return (findings == 0) ? new CheckResult(name, Severity.OK, 0, clean)
				: new CheckResult(name, severity, findings, String.format(found, findings));
	}

}
