package vn.kt1.batch.estimate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The forecast of one service of one agency, priced.
 *
 * @param historyItems the service's items in the history
 * @param averageWeightG their mean weight
 * @param method how the months were forecast
 * @param periods the priced months, validity applied (a month the agency is not valid counts 0)
 * @param fullItems the items as if the agency were valid every day (for peer medians)
 * @param fullAmount their amount, exact
 * @param review why the forecast wants a look (far from the last 12 months), or {@code null}
 */
record ServiceEstimate(Service service, long historyItems, int averageWeightG, MethodText method,
		List<PricePeriod> periods, BigDecimal fullItems, BigDecimal fullAmount, String review) {

	ServiceEstimate withReview(String review) {
		return new ServiceEstimate(this.service, this.historyItems, this.averageWeightG, this.method, this.periods,
				this.fullItems, this.fullAmount, review);
	}

	/** @return the forecast items, two decimals */
	BigDecimal items() {
		return this.periods.stream().map(PricePeriod::items).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** @return the amount with VAT before contingency, whole VND (half up) */
	long baseVnd() {
		return this.periods.stream()
			.map(PricePeriod::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(0, RoundingMode.HALF_UP)
			.longValueExact();
	}

}
