package vn.kt1.batch.estimate;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.kt1.batch.estimate.workbook.EstimateResults;
import vn.kt1.batch.shared.Vnd;

/** The estimates of the year's current run of {@code estimateJob}. */
@Component
class CurrentEstimates implements BudgetEstimates {

	private final EstimateResults results;

	CurrentEstimates(EstimateResults results) {
		this.results = results;
	}

	@Override
	public Map<String, Long> forYear(int year) {
		return this.results.currentRun(year).map(this.results::amounts).orElse(Map.of());
	}

	@Override
	public Optional<String> describe(int year) {
		return this.results.currentRun(year).map(this.results::run).map((run) -> "Dự toán năm " + run.year()
				+ ", lần tính #" + run.id() + " (estimateJob #" + run.jobExecutionId() + "), lập ngày "
				+ Notation.day(run.asOf()) + " từ dữ liệu " + Notation.months(run.historyFrom(), run.historyTo())
				+ ", tổng " + Vnd.format(run.totalVnd()));
	}

}
