package vn.kt1.batch.reconcile.decision;

import java.io.PrintWriter;
import java.time.YearMonth;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.JobRunReport;
import vn.kt1.batch.reconcile.ReconcileParameters;

/** After {@code kt1 run reconcile}: one line on the month's decisions, when it has any. */
@Component
class DecisionRunReport implements JobRunReport {

	private final MonthDecisions decisions;

	DecisionRunReport(MonthDecisions decisions) {
		this.decisions = decisions;
	}

	@Override
	public String jobName() {
		return ReconcileParameters.JOB;
	}

	@Override
	public void print(JobExecution execution, PrintWriter out) {
		String month = execution.getJobParameters().getString(ReconcileParameters.MONTH);
		if (month == null) {
			return;
		}
		YearMonth yearMonth = YearMonth.parse(month);
		DecisionTotals totals = this.decisions.totals(yearMonth, yearMonth);
		if (!totals.none()) {
			out.println("  decisions " + DecisionsCommand.summary(yearMonth, totals));
		}
	}

}
