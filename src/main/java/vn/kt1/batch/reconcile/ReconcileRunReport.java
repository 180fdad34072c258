package vn.kt1.batch.reconcile;

import java.io.PrintWriter;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.JobRunReport;
import vn.kt1.batch.reconcile.checks.CheckResult;

/** After {@code kt1 run reconcile}: the run's flags, totals and data checks. */
@Component
class ReconcileRunReport implements JobRunReport {

	private final ReconcileResults results;

	ReconcileRunReport(ReconcileResults results) {
		this.results = results;
	}

	@Override
	public String jobName() {
		return "reconcileJob";
	}

	@Override
	public void print(JobExecution execution, PrintWriter out) {
		if (!execution.getExecutionContext().containsKey(ReconcileTasklets.RUN_ID)) {
			return;
		}
		long runId = execution.getExecutionContext().getLong(ReconcileTasklets.RUN_ID);
		long[] totals = this.results.totals(runId);
		out.printf("  run #%d: %,d items, fees %,d VND, %,d item exceptions%n", runId, totals[0], totals[1],
				totals[2]);
		out.printf("  agencies: %s%n", this.results.flagCounts(runId));
		for (CheckResult check : this.results.findings(runId)) {
			out.printf("  %-7s %-22s %s%n", check.severity(), check.name(), check.message());
		}
	}

}
