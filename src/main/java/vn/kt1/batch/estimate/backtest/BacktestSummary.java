package vn.kt1.batch.estimate.backtest;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A run's stored backtest; without figures when {@code comparedMonths} is 0 ({@code note}
 * says why).
 */
public record BacktestSummary(int year, YearMonth historyFrom, YearMonth historyTo, YearMonth comparedFrom,
		YearMonth comparedTo, int comparedMonths, int agencies, int charged, int within, BigDecimal withinPercent,
		BigDecimal mape, BigDecimal smape, long estimateVnd, long actualVnd, BigDecimal totalErrorPercent,
		String note, BigDecimal intervalCoverage, Integer intervalAgencies) {

}
