package vn.kt1.batch.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The tariff as a price list over time: an item's fee is the base price for its zone and
 * weight, plus its urgency surcharge, plus its secrecy surcharge, each with its VAT, rounded
 * once, half up, to whole VND (the input contract, section 4). Prices are those valid on the
 * acceptance day. A base band holds the weights above its weight-from up to its weight-to
 * (stored in the official style whichever way the file wrote it), so the bands of an
 * imported tariff price every weight from 1 g.
 */
public final class Tariff {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final List<TariffPrice> prices;

	public Tariff(List<TariffPrice> prices) {
		this.prices = prices.stream()
			.sorted(Comparator.comparing(TariffPrice::component)
				.thenComparing(TariffPrice::zone)
				.thenComparingInt(TariffPrice::weightFromG))
			.toList();
	}

	/**
	 * @param day the acceptance day
	 * @param zone {@code NOI_TINH} or {@code LIEN_TINH}
	 * @param weightG the weight in grams, above zero
	 * @param urgency {@code KT1}, {@code HT} or {@code HG}
	 * @param secrecy blank, {@code C}, {@code B} or {@code A}
	 * @return the fee with VAT and the first day of the prices used
	 * @throws TariffException when a component is missing for the day, zone or weight
	 */
	public TariffQuote quote(LocalDate day, String zone, int weightG, String urgency, String secrecy) {
		TariffPrice base = base(day, zone, weightG);
		BigDecimal total = withVat(base.priceVnd() + extraSteps(base, weightG), base);
		LocalDate version = base.validFrom();
		for (String surcharge : new String[] { urgency, secrecy }) {
			if (surcharge != null && !surcharge.isBlank() && !"KT1".equals(surcharge)) {
				TariffPrice price = surcharge(day, surcharge);
				total = total.add(withVat(price.priceVnd(), price));
				version = max(version, price.validFrom());
			}
		}
		return new TariffQuote(total.setScale(0, RoundingMode.HALF_UP).longValueExact(), version);
	}

	/** @return the components without a price on some day of the period, with the first such day */
	public List<String> missingComponents(LocalDate from, LocalDate to) {
		List<String> missing = new java.util.ArrayList<>();
		for (String component : new String[] { "HT", "HG", "A", "B", "C" }) {
			for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
				LocalDate probe = day;
				if (this.prices.stream().noneMatch((p) -> p.component().equals(component) && p.validOn(probe))) {
					missing.add(component + " on " + day);
					break;
				}
			}
		}
		for (String zone : new String[] { "NOI_TINH", "LIEN_TINH" }) {
			for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
				LocalDate probe = day;
				if (this.prices.stream()
					.noneMatch((p) -> "CUOC_CHINH".equals(p.component()) && zone.equals(p.zone()) && p.validOn(probe))) {
					missing.add("CUOC_CHINH " + zone + " on " + day);
					break;
				}
			}
		}
		return missing;
	}

	/**
	 * @return whether the same prices are valid on both days, so that every quote is the same
	 * on either
	 */
	public boolean samePrices(LocalDate day, LocalDate other) {
		return this.prices.stream().allMatch((p) -> p.validOn(day) == p.validOn(other));
	}

	private TariffPrice base(LocalDate day, String zone, int weightG) {
		List<TariffPrice> bands = this.prices.stream()
			.filter((p) -> "CUOC_CHINH".equals(p.component()) && zone.equals(p.zone()) && p.validOn(day))
			.toList();
		if (bands.isEmpty()) {
			throw new TariffException("no base price (CUOC_CHINH) for zone " + zone + " valid on " + day);
		}
		for (TariffPrice band : bands) {
			if (weightG > band.weightFromG() && band.weightToG() != null && weightG <= band.weightToG()) {
				return band;
			}
		}
		TariffPrice last = bands.get(bands.size() - 1);
		if (last.weightToG() != null && weightG > last.weightToG() && last.extraStepG() != null) {
			return last;
		}
		throw new TariffException("no base price (CUOC_CHINH) for zone " + zone + " and " + weightG
				+ " g valid on " + day);
	}

	private static long extraSteps(TariffPrice band, int weightG) {
		if (band.weightToG() == null || weightG <= band.weightToG()) {
			return 0;
		}
		long steps = (weightG - band.weightToG() + band.extraStepG() - 1) / band.extraStepG();
		return steps * band.extraStepPriceVnd();
	}

	private TariffPrice surcharge(LocalDate day, String component) {
		return this.prices.stream()
			.filter((p) -> p.component().equals(component) && p.validOn(day))
			.findFirst()
			.orElseThrow(() -> new TariffException("no surcharge " + component + " valid on " + day));
	}

	private static BigDecimal withVat(long priceVnd, TariffPrice price) {
		return BigDecimal.valueOf(priceVnd).multiply(HUNDRED.add(price.vatPercent())).divide(HUNDRED);
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
