package vn.kt1.batch.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * One period of a backfill and what it needs, judging by its latest attempt.
 *
 * @param label the period as the operator writes it
 * @param parameters its identifying parameters, without {@code attempt}
 * @param state where the period stands
 * @param latest its latest attempt, {@code null} when none
 */
public record BackfillStep(String label, JobParameters parameters, PeriodState state, Attempt latest) {

	/** @return the steps from the first period to the last, in order */
	static List<BackfillStep> plan(JobPeriod period, LocalDate from, LocalDate to,
			Map<Map<String, String>, Attempt> attempts, UnaryOperator<JobParameters> complete) {
		List<BackfillStep> steps = new ArrayList<>();
		for (LocalDate first = from; !first.isAfter(to); first = period.unit().next(first)) {
			JobParameters parameters = complete.apply(period.parameters(first));
			Attempt latest = attempts.get(JobAttempts.period(parameters));
			PeriodState state = (latest != null) ? latest.state() : PeriodState.NONE;
			steps.add(new BackfillStep(period.unit().label(first), parameters, state, latest));
		}
		return steps;
	}

	/** @return what the backfill does with this period, as the dry run says it */
	public String plan() {
		switch (this.state) {
			case NONE:
				return "run";
			case ABANDONED:
				return "run attempt " + (this.latest.number() + 1) + " (execution " + this.latest.executionId()
						+ " was abandoned)";
			case RESTARTABLE:
				return "restart #" + this.latest.executionId();
			case COMPLETED:
				return "skip: completed #" + this.latest.executionId();
			case RUNNING:
				return "stop: #" + this.latest.executionId() + " is running or was left running";
			default:
				return "stop: #" + this.latest.executionId() + " ended " + this.latest.status();
		}
	}

}
