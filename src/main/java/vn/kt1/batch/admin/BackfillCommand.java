package vn.kt1.batch.admin;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

import vn.kt1.batch.shared.cli.CliCommand;

/**
 * {@code kt1 backfill JOB --from P --to P [--dry-run]}: in order, runs the periods that have
 * no run, restarts those whose latest run failed or stopped, skips completed ones, and
 * stops at the first failure ({@link Backfills}).
 */
@Component
@Command(name = "backfill", mixinStandardHelpOptions = true,
		description = { "Run a job for each missing or failed period, in order; completed periods are skipped.",
				"ingest: a businessDate per day; reconcile: a month per month; estimate, yearEndReport: a year per year." })
class BackfillCommand implements CliCommand, Callable<Integer> {

	private final Backfills backfills;

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "JOB", description = "The job, e.g. ingest or reconcile")
	private String jobName;

	@Option(names = "--from", required = true, paramLabel = "PERIOD",
			description = "First period: YYYY-MM-DD (ingest); YYYY-MM or a date (reconcile); YYYY (a year)")
	private String from;

	@Option(names = "--to", required = true, paramLabel = "PERIOD", description = "Last period, included")
	private String to;

	@Option(names = "--dry-run", description = "List each period with what would happen; run nothing")
	private boolean dryRun;

	BackfillCommand(Backfills backfills) {
		this.backfills = backfills;
	}

	@Override
	public Integer call() {
		Backfills.Plan plan = this.backfills.plan(this.jobName, this.from, this.to);
		PrintWriter out = this.spec.commandLine().getOut();
		if (this.dryRun) {
			out.printf("backfill %s (dry run): %d period(s)%n", plan.range(), plan.steps().size());
			plan.steps().forEach((step) -> out.printf("  %-10s  %s%n", step.label(), step.plan()));
			return 0;
		}
		out.printf("backfill %s: %d period(s)%n", plan.range(), plan.steps().size());
		String summary = this.backfills.run(plan, (line) -> {
			out.println(line);
			out.flush();
		});
		out.println("backfill " + plan.range() + ": " + summary);
		return 0;
	}

}
