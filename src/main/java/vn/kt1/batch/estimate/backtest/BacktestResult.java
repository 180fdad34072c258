package vn.kt1.batch.estimate.backtest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import vn.kt1.batch.estimate.EstimateWindow;

/**
 * The method's own accuracy: the year before the budget year estimated from the data before
 * the same cut one year earlier, compared month for month with what the post office charged
 * in the months of that year that are complete.
 *
 * @param window the backtest's history and year
 * @param comparedFrom first month compared
 * @param comparedTo last month compared
 * @param agencies every agency valid in the compared months
 */
public record BacktestResult(EstimateWindow window, YearMonth comparedFrom, YearMonth comparedTo,
		List<BacktestAgency> agencies) {

	static final long WITHIN_PERCENT = 10;

	public long estimateVnd() {
		return this.agencies.stream().mapToLong(BacktestAgency::estimateVnd).sum();
	}

	public long actualVnd() {
		return this.agencies.stream().mapToLong(BacktestAgency::actualVnd).sum();
	}

	/** @return how many agencies were charged something in the compared months */
	public int withActual() {
		return (int) this.agencies.stream().filter((a) -> a.actualVnd() > 0).count();
	}

	/** @return how many of those the estimate came within ±10 % of */
	public int within() {
		return (int) this.agencies.stream().filter((a) -> a.within(WITHIN_PERCENT)).count();
	}

	/** @return the share of agencies charged something that came within ±10 %, in %; null without any */
	public BigDecimal withinPercent() {
		return (withActual() == 0) ? null : BigDecimal.valueOf(within() * 100L)
			.divide(BigDecimal.valueOf(withActual()), 2, RoundingMode.HALF_UP);
	}

	/** @return mean absolute % error over the agencies charged something; null without any */
	public BigDecimal mape() {
		return mean(this.agencies.stream().map(BacktestAgency::errorPercent).filter(Objects::nonNull)
			.map(BigDecimal::abs).toList());
	}

	/** @return mean symmetric % error over the agencies with an estimate or a charge; null without any */
	public BigDecimal smape() {
		return mean(this.agencies.stream().map(BacktestAgency::symmetricError).filter(Objects::nonNull).toList());
	}

	/** @return the error of the province's total in %; null when nothing was charged */
	public BigDecimal totalErrorPercent() {
		return new BacktestAgency(null, estimateVnd(), actualVnd()).errorPercent();
	}

	public int comparedMonths() {
		return this.comparedTo.getMonthValue() - this.comparedFrom.getMonthValue() + 1;
	}

	private static BigDecimal mean(List<BigDecimal> values) {
		return values.isEmpty() ? null : values.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
	}

}
