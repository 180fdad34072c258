package vn.kt1.batch.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import vn.kt1.batch.shared.cli.CliException;

/**
 * Backfills a job's periods: in order, runs the periods that have no run, restarts those
 * whose latest run failed or stopped, skips completed ones, and stops at the first failure.
 * {@code kt1 backfill} and the console's backfill form both use it; each backfill is audited.
 */
@Component
public class Backfills {

	private final JobLaunches launches;

	private final JobAttempts attempts;

	private final PeriodRuns periodRuns;

	private final JobDefinitions definitions;

	private final AdminAudit audit;

	Backfills(JobLaunches launches, JobAttempts attempts, PeriodRuns periodRuns, JobDefinitions definitions,
			AdminAudit audit) {
		this.launches = launches;
		this.attempts = attempts;
		this.periodRuns = periodRuns;
		this.definitions = definitions;
		this.audit = audit;
	}

	/**
	 * @return what a backfill of the periods from {@code from} to {@code to} would do
	 * @throws CliException (exit code 2) for an unknown job, a job without a period or a
	 * malformed range
	 */
	public Plan plan(String jobName, String from, String to) {
		Job job = this.launches.find(jobName)
			.orElseThrow(() -> new CliException("unknown job '" + jobName + "'", 2));
		JobPeriod period = this.definitions.find(job.getName())
			.map(JobDefinition::period)
			.orElseThrow(() -> new CliException(job.getName() + " has no period to backfill", 2));
		LocalDate first = period.unit().parse("--from", from);
		LocalDate last = period.unit().parse("--to", to);
		if (first.isAfter(last)) {
			throw new CliException("--from " + from + " is after --to " + to, 2);
		}
		return new Plan(job, period, first, last,
				BackfillStep.plan(period, first, last, this.attempts.latestByPeriod(job.getName()),
						(parameters) -> this.launches.complete(job, parameters)));
	}

	/**
	 * Run the plan's steps in order, telling each as it ends; audited as a whole.
	 * @return the summary: how many periods ran, were restarted and skipped
	 * @throws CliException when a period cannot run or does not complete: later periods
	 * are not run
	 */
	public String run(Plan plan, Consumer<String> progress) {
		Tally tally = new Tally();
		for (BackfillStep step : plan.steps()) {
			String failure = execute(plan.job(), step, tally, progress);
			if (failure != null) {
				String message = "backfill stopped at " + plan.period().parameter() + "=" + step.label() + ": "
						+ failure + "; later periods were not run";
				this.audit.record("backfill", plan.range(), null, message);
				throw new CliException(message);
			}
		}
		String summary = tally.toString();
		this.audit.record("backfill", plan.range(), null, summary);
		return summary;
	}

	/** @return why the backfill must stop here, or {@code null} */
	private String execute(Job job, BackfillStep step, Tally tally, Consumer<String> progress) {
		if (step.state() == PeriodState.COMPLETED) {
			tally.skipped++;
			progress.accept(String.format("  %-10s  %s", step.label(), step.plan()));
			return null;
		}
		JobExecution execution;
		try {
			execution = this.periodRuns.run(job, step.parameters(), step.latest());
		}
		catch (LaunchException ex) {
			progress.accept(String.format("  %-10s  %s", step.label(), step.plan()));
			return ex.getMessage();
		}
		tally.count(step.state());
		progress.accept(String.format("  %-10s  %s: execution %d %s", step.label(), step.plan(), execution.getId(),
				execution.getStatus()));
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			return job.getName() + " execution " + execution.getId() + " ended " + execution.getStatus()
					+ " (see kt1 execution " + execution.getId() + ")";
		}
		return null;
	}

	/**
	 * A backfill, planned.
	 *
	 * @param job the job
	 * @param period its period parameter
	 * @param first the first period's first day
	 * @param last the last period's first day
	 * @param steps each period with what the backfill does with it
	 */
	public record Plan(Job job, JobPeriod period, LocalDate first, LocalDate last, List<BackfillStep> steps) {

		/** @return e.g. {@code ingestJob businessDate 2026-11-01..2026-11-22} */
		public String range() {
			return this.job.getName() + " " + this.period.parameter() + " " + this.period.unit().label(this.first)
					+ ".." + this.period.unit().label(this.last);
		}

	}

	/** How many periods ran, were restarted and were skipped. */
	private static final class Tally {

		private int ran;

		private int restarted;

		private int skipped;

		void count(PeriodState state) {
			if (state == PeriodState.RESTARTABLE) {
				this.restarted++;
			}
			else {
				this.ran++;
			}
		}

		@Override
		public String toString() {
			return "ran " + this.ran + ", restarted " + this.restarted + ", skipped " + this.skipped + " completed";
		}

	}

}
