package vn.kt1.batch.reconcile.tally;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Two amounts agree when they differ by no more than the larger of a fixed amount and a
 * share of the reference amount.
 *
 * @param minimumVnd the fixed amount
 * @param percent the share, in percent
 */
public record MoneyTolerance(long minimumVnd, BigDecimal percent) {

	/** @return whether {@code actual} is within tolerance of {@code reference} */
	public boolean agrees(long reference, long actual) {
		long share = BigDecimal.valueOf(Math.abs(reference))
			.multiply(this.percent)
			.divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN)
			.longValueExact();
		return Math.abs(actual - reference) <= Math.max(this.minimumVnd, share);
	}

}
