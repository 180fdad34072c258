package vn.kt1.batch.shared.cli;

/**
 * A refusal that the operator may override with a reason (recorded). The failure carries the
 * facts; the command that was typed says how to override, in its own options: {@code kt1
 * report year-end} and {@code kt1 estimate} take {@code --override-checks "reason"},
 * {@code kt1 run} takes {@code overrideChecks="reason"}.
 */
public interface OverridableFailure {

	/** How a failure says it when no command is there to name its option (logs, schedules). */
	String ANY_COMMAND = "a reason";

	/**
	 * @param override how the command typed takes the reason, e.g. {@code --override-checks "reason"}
	 * @return the refusal in one line, ending with how to override it
	 */
	String message(String override);

}
