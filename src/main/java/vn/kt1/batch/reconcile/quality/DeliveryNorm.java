package vn.kt1.batch.reconcile.quality;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One delivery norm J + n: items of this scope and urgency accepted on day J from
 * {@code validFrom} to {@code validTo} are due n working days after J.
 *
 * @param validFrom the first acceptance day it applies to
 * @param validTo the last acceptance day it applies to, {@code null} while in force
 * @param scope {@code NOI_TINH} or {@code LIEN_TINH}
 * @param urgency {@code KT1} or {@code HT}
 * @param workingDays n, in whole or half working days (1, 1.5, 2.5, ...)
 */
public record DeliveryNorm(LocalDate validFrom, LocalDate validTo, String scope, String urgency,
		BigDecimal workingDays) {

	/** @return whether it applies to items accepted on that day */
	public boolean appliesOn(LocalDate day) {
		return !day.isBefore(this.validFrom) && (this.validTo == null || !day.isAfter(this.validTo));
	}

	boolean overlaps(DeliveryNorm other) {
		return this.scope.equals(other.scope) && this.urgency.equals(other.urgency)
				&& (other.validTo == null || !this.validFrom.isAfter(other.validTo))
				&& (this.validTo == null || !other.validFrom.isAfter(this.validTo));
	}

}
