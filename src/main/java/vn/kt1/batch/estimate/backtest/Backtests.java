package vn.kt1.batch.estimate.backtest;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.kt1.batch.estimate.AgencyEstimate;
import vn.kt1.batch.estimate.EstimateWindow;
import vn.kt1.batch.estimate.History;
import vn.kt1.batch.estimate.ValidDays;
import vn.kt1.batch.estimate.YearEstimator;
import vn.kt1.batch.reference.Agency;

/** Runs the backtest of an estimate window with the estimate's own method. */
public final class Backtests {

	private final YearEstimator estimator;

	public Backtests(YearEstimator estimator) {
		this.estimator = estimator;
	}

	/**
	 * @param window the backtest's window ({@link EstimateWindow#yearEarlier})
	 * @param lastComplete the last complete month with data: months of the backtest's year up to
	 * it are compared
	 * @param agencies the agencies on the list
	 * @param history items from {@code window.historyFrom()} to {@code lastComplete}
	 * @return the result, or empty when no month of the year is complete
	 */
	public Optional<BacktestResult> run(EstimateWindow window, YearMonth lastComplete, List<Agency> agencies,
			History history) {
		List<YearMonth> compared = window.yearMonths().stream().filter((m) -> !m.isAfter(lastComplete)).toList();
		if (compared.isEmpty()) {
			return Optional.empty();
		}
		List<Agency> valid = agencies.stream().filter((a) -> ValidDays.in(a, compared) > 0).toList();
		int from = history.index(compared.get(0));
		int to = history.index(compared.get(compared.size() - 1));
		List<BacktestAgency> rows = new ArrayList<>();
		for (AgencyEstimate estimate : this.estimator.estimate(window, compared, valid, history)) {
			rows.add(new BacktestAgency(estimate, estimate.baseVnd(),
					history.agency(estimate.agency().code()).fees(from, to)));
		}
		return Optional.of(new BacktestResult(window, compared.get(0), compared.get(compared.size() - 1), rows));
	}

}
