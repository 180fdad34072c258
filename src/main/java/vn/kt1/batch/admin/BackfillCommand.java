package vn.kt1.batch.admin;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;

/**
 * {@code kt1 backfill JOB --from P --to P [--dry-run]}: in order, runs the periods that have
 * no run, restarts those whose latest run failed or stopped, skips completed ones, and
 * stops at the first failure.
 */
@Component
@Command(name = "backfill", mixinStandardHelpOptions = true,
		description = { "Run a job for each missing or failed period, in order; completed periods are skipped.",
				"ingest: a businessDate per day; reconcile: a month per month." })
class BackfillCommand implements CliCommand, Callable<Integer> {

	private final JobLaunches launches;

	private final JobAttempts attempts;

	private final PeriodRuns periodRuns;

	private final AdminAudit audit;

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "JOB", description = "The job: ingest, reconcile")
	private String jobName;

	@Option(names = "--from", required = true, paramLabel = "PERIOD",
			description = "First period: YYYY-MM-DD (ingest); YYYY-MM or a date (reconcile)")
	private String from;

	@Option(names = "--to", required = true, paramLabel = "PERIOD", description = "Last period, included")
	private String to;

	@Option(names = "--dry-run", description = "List each period with what would happen; run nothing")
	private boolean dryRun;

	BackfillCommand(JobLaunches launches, JobAttempts attempts, PeriodRuns periodRuns, AdminAudit audit) {
		this.launches = launches;
		this.attempts = attempts;
		this.periodRuns = periodRuns;
		this.audit = audit;
	}

	@Override
	public Integer call() {
		Job job = this.launches.find(this.jobName)
			.orElseThrow(() -> new CliException("unknown job '" + this.jobName + "'", 2));
		JobPeriod period = JobPeriod.of(job.getName())
			.orElseThrow(() -> new CliException(job.getName() + " has no period to backfill", 2));
		LocalDate first = period.unit().parse("--from", this.from);
		LocalDate last = period.unit().parse("--to", this.to);
		if (first.isAfter(last)) {
			throw new CliException("--from " + this.from + " is after --to " + this.to, 2);
		}
		List<BackfillStep> steps = BackfillStep.plan(period, first, last, this.attempts.latestByPeriod(job.getName()));
		String range = job.getName() + " " + period.parameter() + " " + period.unit().label(first) + ".."
				+ period.unit().label(last);
		PrintWriter out = this.spec.commandLine().getOut();
		if (this.dryRun) {
			out.printf("backfill %s (dry run): %d period(s)%n", range, steps.size());
			steps.forEach((step) -> out.printf("  %-10s  %s%n", step.label(), step.plan()));
			return 0;
		}
		out.printf("backfill %s: %d period(s)%n", range, steps.size());
		Tally tally = new Tally();
		for (BackfillStep step : steps) {
			String failure = execute(job, step, tally, out);
			if (failure != null) {
				String message = "backfill stopped at " + period.parameter() + "=" + step.label() + ": " + failure
						+ "; later periods were not run";
				this.audit.record("backfill", range, null, message);
				throw new CliException(message);
			}
		}
		String summary = tally.toString();
		this.audit.record("backfill", range, null, summary);
		out.println("backfill " + range + ": " + summary);
		return 0;
	}

	/** @return why the backfill must stop here, or {@code null} */
	private String execute(Job job, BackfillStep step, Tally tally, PrintWriter out) {
		if (step.state() == PeriodState.COMPLETED) {
			tally.skipped++;
			out.printf("  %-10s  %s%n", step.label(), step.plan());
			return null;
		}
		JobExecution execution;
		try {
			execution = this.periodRuns.run(job, step.parameters(), step.latest());
		}
		catch (LaunchException ex) {
			out.printf("  %-10s  %s%n", step.label(), step.plan());
			return ex.getMessage();
		}
		tally.count(step.state());
		out.printf("  %-10s  %s: execution %d %s%n", step.label(), step.plan(), execution.getId(),
				execution.getStatus());
		out.flush();
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			return job.getName() + " execution " + execution.getId() + " ended " + execution.getStatus()
					+ " (see kt1 execution " + execution.getId() + ")";
		}
		return null;
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
