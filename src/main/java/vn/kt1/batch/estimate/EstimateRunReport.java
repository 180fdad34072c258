package vn.kt1.batch.estimate;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.JobRunReport;
import vn.kt1.batch.estimate.backtest.BacktestSummary;
import vn.kt1.batch.estimate.workbook.EstimateResults;

/** After {@code kt1 run estimate}: the run's totals, its backtest and its workbook. */
@Component
class EstimateRunReport implements JobRunReport {

	private final EstimateResults results;

	EstimateRunReport(EstimateResults results) {
		this.results = results;
	}

	@Override
	public String jobName() {
		return "estimateJob";
	}

	@Override
	public void print(JobExecution execution, PrintWriter out) {
		Long runId = this.results.runOf(execution.getId()).orElse(null);
		if (runId == null) {
			return;
		}
		EstimateRun run = this.results.run(runId);
		out.printf(Locale.ROOT, "  run #%d: estimate %d from %s..%s (%d months), as of %s%n", run.id(), run.year(),
				run.historyFrom(), run.historyTo(), run.historyMonths(), run.asOf());
		out.printf(Locale.ROOT, "  %,d agencies (%,d by peer median, %s%,d to review), %,d items, %,d VND before "
				+ "contingency, estimate %,d VND%n", run.agencies(), run.peerAgencies(),
				(run.fewMonthAgencies() == 0) ? ""
						: String.format(Locale.ROOT, "%,d from a few months carried over the year, ",
								run.fewMonthAgencies()),
				run.reviewAgencies(),
				run.items().setScale(0, RoundingMode.HALF_UP).longValueExact(), run.baseVnd(), run.totalVnd());
		this.results.backtest(runId).ifPresent((b) -> out.println("  " + backtest(b)));
		if (run.overrideReason() != null) {
			out.println("  ERROR data checks overridden: " + run.overrideReason());
		}
		if (run.workbook() != null) {
			out.println("  workbook: " + run.workbook());
		}
	}

	static String backtest(BacktestSummary b) {
		if (b.comparedMonths() == 0) {
			return "backtest " + b.year() + ": none (" + b.note() + ")";
		}
		return String.format(Locale.ROOT, "backtest %d from %s..%s against %s..%s (%d months): total %,d VND "
				+ "estimated vs %,d charged (%s %%); per agency MAPE %s %%, sMAPE %s %%, within ±10 %% %s %% (%d of %d)",
				b.year(), b.historyFrom(), b.historyTo(), b.comparedFrom(), b.comparedTo(), b.comparedMonths(),
				b.estimateVnd(), b.actualVnd(), signed(b.totalErrorPercent()), plain(b.mape()), plain(b.smape()),
				plain(b.withinPercent()), b.within(), b.charged())
				+ ((b.intervalCoverage() == null) ? "" : String.format(Locale.ROOT, "; 80 %% intervals cover %s %% of "
						+ "%d agencies (cross-fitted)", plain(b.intervalCoverage()), b.intervalAgencies()));
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.setScale(1, RoundingMode.HALF_UP).toPlainString() : "-";
	}

	private static String signed(BigDecimal value) {
		return (value != null && value.signum() > 0) ? "+" + plain(value) : plain(value);
	}

}
