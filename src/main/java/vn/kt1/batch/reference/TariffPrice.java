package vn.kt1.batch.reference;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One price component of the tariff, ex-VAT, valid over a period.
 *
 * @param component {@code CUOC_CHINH} (base by zone and weight) or a surcharge {@code HT},
 * {@code HG}, {@code A}, {@code B}, {@code C}
 * @param zone {@code NOI_TINH} or {@code LIEN_TINH} for base rows, empty for surcharges
 * @param weightFromG lower weight bound (exclusive above zero), 0 for surcharges
 * @param weightToG upper weight bound (inclusive), {@code null} for surcharges
 * @param extraStepG size of each further weight step above {@code weightToG}, or {@code null}
 * @param extraStepPriceVnd price of each further step, or {@code null}
 * @param priceVnd price ex-VAT in whole VND
 * @param vatPercent VAT rate in percent
 * @param validTo last valid day, {@code null} when open
 */
public record TariffPrice(String component, String zone, int weightFromG, Integer weightToG, Integer extraStepG,
		Long extraStepPriceVnd, long priceVnd, BigDecimal vatPercent, LocalDate validFrom, LocalDate validTo,
		String note) {

	/** @return the key under which two prices must not be valid on the same day */
	public String key() {
		return this.component + "/" + this.zone + "/" + this.weightFromG;
	}

	/** @return whether both prices are valid on at least one common day */
	public boolean overlaps(TariffPrice other) {
		LocalDate end = (this.validTo != null) ? this.validTo : LocalDate.MAX;
		LocalDate otherEnd = (other.validTo != null) ? other.validTo : LocalDate.MAX;
		return !this.validFrom.isAfter(otherEnd) && !other.validFrom.isAfter(end);
	}

}
