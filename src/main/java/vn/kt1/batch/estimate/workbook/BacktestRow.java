package vn.kt1.batch.estimate.workbook;

import java.math.BigDecimal;

import vn.kt1.batch.estimate.Basis;

/**
 * One agency of a stored backtest.
 *
 * @param errorPercent (estimate − actual) / actual in %, {@code null} when nothing was charged
 */
record BacktestRow(String code, String name, String level, String category, Basis basis,
		long estimateVnd, long actualVnd, BigDecimal errorPercent) {

}
