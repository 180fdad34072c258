package vn.kt1.batch.reconcile.workbook;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.kt1.batch.reconcile.ReconcileResults;
import vn.kt1.batch.reconcile.decision.DecisionsWorkbook;
import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;

/**
 * {@code kt1 export reconciliation --month M --out FILE.xlsx [--run ID]}, and
 * {@code kt1 export exceptions --month M --out FILE.xlsx}: the month's decisions workbook (its
 * current run only, since decisions are imported against the current run).
 */
@Component
@Command(name = "export", mixinStandardHelpOptions = true,
		description = { "Write a month's reconciliation as a workbook: export reconciliation --month YYYY-MM --out FILE.xlsx",
				"or its decisions workbook (flags and exceptions with decision columns): export exceptions --month YYYY-MM "
						+ "--out FILE.xlsx" })
class ExportCommand implements CliCommand, Callable<Integer> {

	private final ReconcileResults results;

	private final ReconciliationWorkbook workbook;

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "WHAT", description = "reconciliation or exceptions")
	private String what;

	@Option(names = "--month", required = true, description = "The month, YYYY-MM")
	private YearMonth month;

	@Option(names = "--out", required = true, description = "The workbook to write (.xlsx)")
	private Path out;

	@Option(names = "--run", description = "An earlier run of the month instead of its current one")
	private Long run;

	private final DecisionsWorkbook decisions;

	ExportCommand(ReconcileResults results, ReconciliationWorkbook workbook, DecisionsWorkbook decisions) {
		this.results = results;
		this.workbook = workbook;
		this.decisions = decisions;
	}

	@Override
	public Integer call() throws Exception {
		if ("exceptions".equals(this.what)) {
			return exceptions();
		}
		if (!"reconciliation".equals(this.what)) {
			throw new CliException("unknown export '" + this.what + "'; exports: reconciliation, exceptions", 2);
		}
		Long runId = (this.run != null) ? this.run : this.results.currentRun(this.month.toString());
		if (runId == null) {
			throw new CliException(this.month + " has not been reconciled yet (kt1 run reconcile month=" + this.month + ")");
		}
		if (!this.month.toString().equals(this.results.monthOf(runId))) {
			throw new CliException("run #" + runId + " is not a completed run of " + this.month);
		}
		int rows = this.workbook.write(runId, this.out);
		this.spec.commandLine().getOut().printf("%s: reconciliation of %s (run #%d), %d agencies%n", this.out,
				this.month, runId, rows);
		return 0;
	}

	private Integer exceptions() throws Exception {
		if (this.run != null) {
			throw new CliException("export exceptions writes the month's current run; --run goes with reconciliation",
					2);
		}
		long[] written = this.decisions.write(this.month, this.out);
		if (written == null) {
			throw new CliException(this.month + " has not been reconciled yet (kt1 run reconcile month=" + this.month
					+ ")");
		}
		this.spec.commandLine().getOut().printf("%s: decisions workbook of %s (run #%d), %d rows to decide%n",
				this.out, this.month, written[0], written[1]);
		return 0;
	}

}
