package vn.kt1.batch.estimate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * From an agency's forecast amount to its estimate: plus the contingency, times the year's
 * event factors, rounded up to a thousand VND.
 *
 * @param contingencyPercent e.g. 10
 * @param events the year's events
 */
record AmountRule(BigDecimal contingencyPercent, List<EstimateProperties.Event> events) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

	/** @return the product of the event factors (1 without events) */
	BigDecimal factor() {
		return this.events.stream().map(EstimateProperties.Event::factor).reduce(BigDecimal.ONE, BigDecimal::multiply);
	}

	/** @return the estimate of a forecast amount, whole thousands of VND */
	long amount(long baseVnd) {
		BigDecimal amount = BigDecimal.valueOf(baseVnd)
			.multiply(HUNDRED.add(this.contingencyPercent))
			.multiply(factor())
			.divide(HUNDRED);
		return amount.divide(THOUSAND, 0, RoundingMode.CEILING).multiply(THOUSAND).longValueExact();
	}

	/** @return e.g. {@code dự phòng 10 %; × 1,15 (Đại hội Đảng)} */
	String describe() {
		StringBuilder text = new StringBuilder("dự phòng " + Notation.decimal(this.contingencyPercent) + " %");
		for (EstimateProperties.Event event : this.events) {
			text.append("; × ").append(Notation.decimal(event.factor())).append(" (").append(event.label()).append(')');
		}
		return text.toString();
	}

}
