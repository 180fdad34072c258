package vn.kt1.batch.estimate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.kt1.batch.reference.Agency;

/**
 * The estimate of one agency before contingency and factors: from its own history, the
 * median of its peers when it has too little, or its few months carried over the year when
 * it has no peers to lean on.
 *
 * @param firstUse the first month with an item in the history, or {@code null}
 * @param monthsUsed months from the first use to the end of the history (0 without items)
 * @param historyItems items in the history
 * @param validShare the share of the period's days on which the agency is valid
 * @param services the services forecast (empty for a peer median)
 * @param peer the peer median, or {@code null}
 * @param reason why the history was not forecast (peer median, few months), in Vietnamese,
 * or {@code null}
 * @param mark why the whole estimate wants a look, in Vietnamese, or {@code null}
 */
public record AgencyEstimate(Agency agency, Basis basis, YearMonth firstUse, int monthsUsed, long historyItems,
		BigDecimal validShare, List<ServiceEstimate> services, PeerMedian peer, String reason, String mark) {

	/** @return whether it is forecast from its own history of enough months */
	boolean fromHistory() {
		return this.basis == Basis.HISTORY;
	}

	AgencyEstimate withMark(String mark) {
		return new AgencyEstimate(this.agency, this.basis, this.firstUse, this.monthsUsed, this.historyItems,
				this.validShare, this.services, this.peer, this.reason, mark);
	}

	/** @return the amount with VAT before contingency and factors, whole VND */
	public long baseVnd() {
		return this.basis.ownServices() ? this.services.stream().mapToLong(ServiceEstimate::baseVnd).sum()
				: this.peer.baseVnd();
	}

	/** @return the forecast items, two decimals */
	public BigDecimal items() {
		return this.basis.ownServices()
				? this.services.stream().map(ServiceEstimate::items).reduce(BigDecimal.ZERO, BigDecimal::add)
				: this.peer.items();
	}

	/** @return why the estimate wants a look, the whole first and then service by service, or {@code null} */
	String review() {
		String review = Stream.concat(Stream.of(this.mark), this.services.stream().map(ServiceEstimate::review))
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
