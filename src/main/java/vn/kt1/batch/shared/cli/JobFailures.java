package vn.kt1.batch.shared.cli;

import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;

/**
 * The failure of a job execution in one line for the operator: its failure's message (an
 * {@link OverridableFailure}, when there is one, phrased with the override of the command
 * typed), and how many more there are.
 */
public final class JobFailures {

	private JobFailures() {
	}

	/**
	 * @param execution an execution that did not complete
	 * @param override how the command typed takes an override reason, e.g.
	 * {@code --override-checks "reason"}; {@link OverridableFailure#ANY_COMMAND} when it takes none
	 * @return one line
	 */
	public static String describe(JobExecution execution, String override) {
		List<Throwable> failures = execution.getAllFailureExceptions();
		if (failures.isEmpty()) {
			return "ended " + execution.getStatus() + " (kt1 execution " + execution.getId() + ")";
		}
		// the failures come in no particular order: a refusal the operator can override is the one to say
		Throwable main = failures.stream()
			.filter((failure) -> overridable(failure).isPresent())
			.findFirst()
			.orElse(failures.get(0));
		String first = message(main, override);
		return (failures.size() == 1) ? first
				: first + " (and " + (failures.size() - 1) + " more: kt1 execution " + execution.getId() + ")";
	}

	/** @return the message of a failure or of the overridable failure it wraps, in one line */
	public static String message(Throwable failure, String override) {
		return overridable(failure).map((refusal) -> refusal.message(override)).orElseGet(() -> firstLine(failure));
	}

	private static Optional<OverridableFailure> overridable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof OverridableFailure refusal) {
				return Optional.of(refusal);
			}
		}
		return Optional.empty();
	}

	/** @return the first line of a failure's message, or its type when it has none */
	public static String firstLine(Throwable failure) {
		String message = failure.getMessage();
		if (message == null || message.isBlank()) {
			return failure.getClass().getSimpleName();
		}
		return message.lines().findFirst().orElse(message).strip();
	}

}
