package vn.kt1.batch.estimate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.kt1.batch.reference.Tariff;
import vn.kt1.batch.reference.TariffPrice;

/**
 * Round prices that are easy to check by hand, with 10 % VAT: within the province 10,000 up
 * to 50 g and 20,000 up to 250 g plus 5,000 per further 250 g; between provinces 15,000 and
 * 30,000 plus 8,000; surcharges HT 40,000, HG 20,000, A 50,000, B 40,000, C 30,000.
 */
final class TestTariffs {

	static final LocalDate FROM = LocalDate.of(2017, 1, 1);

	private TestTariffs() {
	}

	static Tariff round() {
		return new Tariff(prices(FROM, null, 10_000));
	}

	/** @return the round prices, whose first within-province band costs {@code firstBand} */
	static List<TariffPrice> prices(LocalDate from, LocalDate to, long firstBand) {
		List<TariffPrice> prices = new ArrayList<>();
		prices.add(base("NOI_TINH", 0, 50, firstBand, null, null, from, to));
		prices.add(base("NOI_TINH", 50, 250, 20_000, 250, 5_000L, from, to));
		prices.add(base("LIEN_TINH", 0, 50, 15_000, null, null, from, to));
		prices.add(base("LIEN_TINH", 50, 250, 30_000, 250, 8_000L, from, to));
		String[] surcharges = { "HT", "HG", "A", "B", "C" };
		long[] amounts = { 40_000, 20_000, 50_000, 40_000, 30_000 };
		for (int i = 0; i < surcharges.length; i++) {
			prices.add(new TariffPrice(surcharges[i], "", 0, null, null, null, amounts[i], BigDecimal.TEN, from, to,
					"test"));
		}
		return prices;
	}

	private static TariffPrice base(String zone, int from, int to, long price, Integer step, Long stepPrice,
			LocalDate validFrom, LocalDate validTo) {
		return new TariffPrice("CUOC_CHINH", zone, from, to, step, stepPrice, price, BigDecimal.TEN, validFrom,
				validTo, "test");
	}

}
