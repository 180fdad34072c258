package vn.kt1.batch.estimate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import vn.kt1.batch.reference.Agency;

/**
 * The estimate of one agency before contingency and factors: from its own history, or the
 * median of its peers when it has too little.
 *
 * @param firstUse the first month with an item in the history, or {@code null}
 * @param monthsUsed months from the first use to the end of the history (0 without items)
 * @param historyItems items in the history
 * @param validShare the share of the period's days on which the agency is valid
 * @param services the services forecast (empty for a peer median)
 * @param peer the peer median, or {@code null}
 * @param reason why the peer median was used, in Vietnamese, or {@code null}
 */
record AgencyEstimate(Agency agency, boolean fromHistory, YearMonth firstUse, int monthsUsed, long historyItems,
		BigDecimal validShare, List<ServiceEstimate> services, PeerMedian peer, String reason) {

	/** @return the amount with VAT before contingency and factors, whole VND */
	long baseVnd() {
		return this.fromHistory ? this.services.stream().mapToLong(ServiceEstimate::baseVnd).sum()
				: this.peer.baseVnd();
	}

	/** @return the forecast items, two decimals */
	BigDecimal items() {
		return this.fromHistory
				? this.services.stream().map(ServiceEstimate::items).reduce(BigDecimal.ZERO, BigDecimal::add)
				: this.peer.items();
	}

	/** @return why its forecast wants a look, service by service, or {@code null} */
	String review() {
		String review = this.services.stream()
			.map(ServiceEstimate::review)
			.filter(Objects::nonNull)
			.collect(Collectors.joining("; "));
		return review.isEmpty() ? null : review;
	}

	/** @return the amount as if valid every day of the period, whole VND (the value peers see) */
	long fullBaseVnd() {
		return this.services.stream()
			.map(ServiceEstimate::fullAmount)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(0, RoundingMode.HALF_UP)
			.longValueExact();
	}

	/** @return the items as if valid every day of the period */
	BigDecimal fullItems() {
		return this.services.stream().map(ServiceEstimate::fullItems).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
