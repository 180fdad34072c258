package vn.kt1.batch.estimate.backtest;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.kt1.batch.estimate.AgencyEstimate;

/**
 * One agency in the backtest: what the method estimated for the compared months (before
 * contingency and factors) and what the post office charged.
 */
public record BacktestAgency(AgencyEstimate estimate, long estimateVnd, long actualVnd) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** @return (estimate − actual) / actual in %, two decimals; {@code null} when nothing was charged */
	public BigDecimal errorPercent() {
		return (this.actualVnd == 0) ? null : BigDecimal.valueOf(this.estimateVnd - this.actualVnd)
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(this.actualVnd), 2, RoundingMode.HALF_UP);
	}

	/** @return 200 |e − a| / (|e| + |a|), six decimals; {@code null} when both are 0 */
	BigDecimal symmetricError() {
		long sum = Math.abs(this.estimateVnd) + Math.abs(this.actualVnd);
		return (sum == 0) ? null : BigDecimal.valueOf(200 * Math.abs(this.estimateVnd - this.actualVnd))
			.divide(BigDecimal.valueOf(sum), 6, RoundingMode.HALF_UP);
	}

	/** @return whether the estimate is within ±{@code percent} % of a non-zero actual */
	boolean within(long percent) {
		return this.actualVnd > 0 && Math.abs(this.estimateVnd - this.actualVnd) * 100 <= percent * this.actualVnd;
	}

}
