package vn.kt1.batch.admin;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;

/**
 * {@code kt1 purge --before DATE [--dry-run]}: removes job history that ended before a date
 * (see {@link HistoryPurge} for what is always kept); never business data.
 */
@Component
@Command(name = "purge", mixinStandardHelpOptions = true,
		description = { "Delete Spring Batch and Quartz history that ended before a date; never business data.",
				"Executions a restart still needs (of an instance whose last run failed or stopped) are kept." })
class PurgeCommand implements CliCommand, Callable<Integer> {

	private final HistoryPurge purge;

	private final AdminAudit audit;

	@Spec
	private CommandSpec spec;

	@Option(names = "--before", required = true, paramLabel = "DATE",
			description = "Delete what ended before this day (YYYY-MM-DD)")
	private String before;

	@Option(names = "--dry-run", description = "Count the rows per table; delete nothing")
	private boolean dryRun;

	PurgeCommand(HistoryPurge purge, AdminAudit audit) {
		this.purge = purge;
		this.audit = audit;
	}

	@Override
	public Integer call() {
		LocalDate day = date();
		if (day.isAfter(LocalDate.now())) {
			throw new CliException("--before " + this.before + " is in the future; history of today and later "
					+ "cannot be purged", 2);
		}
		PurgeResult result = this.purge.purge(day, !this.dryRun);
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf("purge before %s%s:%n", day, this.dryRun ? " (dry run): would delete" : ": deleted");
		result.rows().forEach((table, rows) -> out.printf("  %-30s %,9d%n", table, rows));
		if (result.keptInstances() > 0) {
			out.printf("  kept: the executions of %d unfinished job instance(s), needed to restart them%n",
					result.keptInstances());
		}
		if (!this.dryRun) {
			this.audit.record("purge", "history before " + day, null, "deleted " + result.summary());
		}
		return 0;
	}

	private LocalDate date() {
		try {
			return LocalDate.parse(this.before);
		}
		catch (DateTimeParseException ex) {
			throw new CliException("--before: '" + this.before + "' is not a date (YYYY-MM-DD)", 2);
		}
	}

}
