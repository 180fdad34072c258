package vn.kt1.batch.reference;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One price component of the tariff, ex-VAT, valid over a period.
 *
 * @param component {@code CUOC_CHINH} (base by zone and weight) or a surcharge {@code HT},
 * {@code HG}, {@code A}, {@code B}, {@code C}
 * @param zone {@code NOI_TINH} or {@code LIEN_TINH} for base rows, empty for surcharges
 * @param weightFromG lower weight bound, exclusive: the band holds the weights above it
 * (the official style, "trên 50 g đến 100 g"); 0 for the first band and for surcharges
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

	/** @return whether this is a base price by zone and weight ({@code CUOC_CHINH}) */
	public boolean base() {
		return "CUOC_CHINH".equals(this.component);
	}

	/** @return the same price with another weight-from */
	TariffPrice withWeightFrom(int weightFrom) {
		return new TariffPrice(this.component, this.zone, weightFrom, this.weightToG, this.extraStepG,
				this.extraStepPriceVnd, this.priceVnd, this.vatPercent, this.validFrom, this.validTo, this.note);
	}

	/** @return whether the price is valid on the day */
	public boolean validOn(LocalDate day) {
		return !day.isBefore(this.validFrom) && (this.validTo == null || !day.isAfter(this.validTo));
	}

	/** @return whether both prices are valid on at least one common day */
	public boolean overlaps(TariffPrice other) {
		LocalDate end = (this.validTo != null) ? this.validTo : LocalDate.MAX;
		LocalDate otherEnd = (other.validTo != null) ? other.validTo : LocalDate.MAX;
		return !this.validFrom.isAfter(otherEnd) && !other.validFrom.isAfter(end);
	}

}
