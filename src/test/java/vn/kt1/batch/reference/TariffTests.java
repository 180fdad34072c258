package vn.kt1.batch.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TariffTests {

	private static final LocalDate FROM = LocalDate.of(2017, 1, 1);

	private static final LocalDate DAY = LocalDate.of(2026, 10, 5);

	@Test
	void basePriceByZoneAndWeightBandWithVat() {
		Tariff tariff = new Tariff(sample(FROM, null));
		// 11,364 x 1.1 = 12,500.4 -> 12,500
		assertThat(tariff.quote(DAY, "NOI_TINH", 20, "KT1", "").feeVnd()).isEqualTo(12_500);
		// the band is (0, 50]: 50 g is still the first band
		assertThat(tariff.quote(DAY, "NOI_TINH", 50, "KT1", "").feeVnd()).isEqualTo(12_500);
		// between provinces, (50, 100]: 18,182 x 1.1 = 20,000.2 -> 20,000
		assertThat(tariff.quote(DAY, "LIEN_TINH", 51, "KT1", "").feeVnd()).isEqualTo(20_000);
	}

	@Test
	void furtherWeightStepsAboveTheLastBand() {
		Tariff tariff = new Tariff(sample(FROM, null));
		// 600 g within the province: 15,000 + 2 steps of 250 g x 1,364 = 17,728 x 1.1 = 19,500.8
		assertThat(tariff.quote(DAY, "NOI_TINH", 600, "KT1", "").feeVnd()).isEqualTo(19_501);
		// 750 g is exactly two steps: 17,728 as well
		assertThat(tariff.quote(DAY, "NOI_TINH", 750, "KT1", "").feeVnd()).isEqualTo(19_501);
		// 751 g starts a third step: 19,092 x 1.1 = 21,001.2
		assertThat(tariff.quote(DAY, "NOI_TINH", 751, "KT1", "").feeVnd()).isEqualTo(21_001);
	}

	@Test
	void surchargesAddUpBeforeOneRounding() {
		Tariff tariff = new Tariff(sample(FROM, null));
		// (11,364 + 40,000 + 48,636) x 1.1 = 110,000
		assertThat(tariff.quote(DAY, "NOI_TINH", 40, "HT", "A").feeVnd()).isEqualTo(110_000);
		// (27,273 + 18,182 + 30,909) x 1.1 = 84,000.4
		assertThat(tariff.quote(DAY, "LIEN_TINH", 200, "HG", "C").feeVnd()).isEqualTo(84_000);
	}

	@Test
	void pricesChangeOnTheirEffectiveDate() {
		List<TariffPrice> prices = new ArrayList<>(sample(FROM, LocalDate.of(2027, 6, 30)));
		prices.add(price("HT", "", 0, null, 44_000, LocalDate.of(2027, 7, 1)));
		prices.addAll(sample(LocalDate.of(2027, 7, 1), null).stream().filter((p) -> !"HT".equals(p.component())).toList());
		Tariff tariff = new Tariff(prices);
		TariffQuote june = tariff.quote(LocalDate.of(2027, 6, 30), "NOI_TINH", 40, "HT", "");
		TariffQuote july = tariff.quote(LocalDate.of(2027, 7, 1), "NOI_TINH", 40, "HT", "");
		assertThat(june.feeVnd()).isEqualTo(56_500);
		assertThat(july.feeVnd()).isEqualTo(60_900);
		assertThat(june.version()).isEqualTo(FROM);
		assertThat(july.version()).isEqualTo(LocalDate.of(2027, 7, 1));
	}

	@Test
	void samePricesUntilAComponentChanges() {
		List<TariffPrice> prices = new ArrayList<>(sample(FROM, LocalDate.of(2027, 6, 30)));
		prices.add(price("HT", "", 0, null, 44_000, LocalDate.of(2027, 7, 1)));
		Tariff tariff = new Tariff(prices);
		assertThat(tariff.samePrices(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 6, 30))).isTrue();
		assertThat(tariff.samePrices(LocalDate.of(2027, 6, 30), LocalDate.of(2027, 7, 1))).isFalse();
	}

	@Test
	void aMissingComponentIsNamed() {
		List<TariffPrice> prices = sample(FROM, LocalDate.of(2026, 12, 31)).stream()
			.filter((p) -> !"B".equals(p.component()))
			.toList();
		Tariff tariff = new Tariff(prices);
		assertThatThrownBy(() -> tariff.quote(DAY, "NOI_TINH", 40, "KT1", "B"))
			.hasMessage("no surcharge B valid on 2026-10-05");
		assertThatThrownBy(() -> tariff.quote(LocalDate.of(2027, 1, 1), "LIEN_TINH", 40, "KT1", ""))
			.hasMessage("no base price (CUOC_CHINH) for zone LIEN_TINH valid on 2027-01-01");
		assertThat(tariff.missingComponents(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2))).containsExactly(
				"HT on 2027-01-01", "HG on 2027-01-01", "A on 2027-01-01", "B on 2026-12-30", "C on 2027-01-01",
				"CUOC_CHINH NOI_TINH on 2027-01-01", "CUOC_CHINH LIEN_TINH on 2027-01-01");
	}

	@Test
	void aWeightAboveTheLastBandWithoutStepsHasNoPrice() {
		List<TariffPrice> prices = List.of(price("CUOC_CHINH", "NOI_TINH", 0, 50, 11_364, FROM));
		assertThatThrownBy(() -> new Tariff(prices).quote(DAY, "NOI_TINH", 51, "KT1", ""))
			.hasMessage("no base price (CUOC_CHINH) for zone NOI_TINH and 51 g valid on 2026-10-05");
	}

	@Test
	void bandEdgesPriceTheSameInBothConventions() {
		List<TariffPrice> official = sample(FROM, null);
		List<TariffPrice> wholeGrams = official.stream()
			.map((p) -> p.base() && p.weightFromG() > 0 ? p.withWeightFrom(p.weightFromG() + 1) : p)
			.map((p) -> p.base() && p.weightFromG() == 0 ? p.withWeightFrom(1) : p)
			.toList();
		assertThat(wholeGrams).filteredOn(TariffPrice::base)
			.map(TariffPrice::weightFromG)
			.as("written 1-50, 51-100, 101-250")
			.containsExactly(1, 51, 101, 1, 51, 101);
		Tariff fromOfficial = new Tariff(read(official));
		Tariff fromWholeGrams = new Tariff(read(wholeGrams));
		// 11,364, 12,727 and 15,000 x 1.1 within the province
		long[] expected = { 12_500, 12_500, 14_000, 14_000, 16_500, 16_500, 18_000 };
		int[] weights = { 1, 50, 51, 100, 101, 250, 251 };
		for (int i = 0; i < weights.length; i++) {
			assertThat(fromWholeGrams.quote(DAY, "NOI_TINH", weights[i], "KT1", "").feeVnd()).as("%d g", weights[i])
				.isEqualTo(fromOfficial.quote(DAY, "NOI_TINH", weights[i], "KT1", "").feeVnd())
				.isEqualTo(expected[i]);
		}
	}

	@Test
	void theSumIsRoundedOnceHalfUp() {
		List<TariffPrice> prices = new ArrayList<>();
		prices.add(price("CUOC_CHINH", "NOI_TINH", 0, 50, 15, FROM, null, 250, 15L));
		prices.add(price("HG", "", 0, null, 18_182, FROM));
		prices.add(price("C", "", 0, null, 30_909, FROM));
		Tariff tariff = new Tariff(prices);
		// 15 x 1.1 = 16.5: half up is 17 (half even would say 16)
		assertThat(tariff.quote(DAY, "NOI_TINH", 10, "KT1", "").feeVnd()).isEqualTo(17);
		// (15 + 30,909) x 1.1 = 34,016.4 -> 34,016, where rounding each component gives 17 + 34,000 = 34,017
		assertThat(tariff.quote(DAY, "NOI_TINH", 10, "KT1", "C").feeVnd()).isEqualTo(34_016);
		// (15 + 18,182 + 30,909) x 1.1 = 54,016.6 -> 54,017
		assertThat(tariff.quote(DAY, "NOI_TINH", 10, "HG", "C").feeVnd()).isEqualTo(54_017);
	}

	/** The rows as an import stores them: every band in the official style. */
	private static List<TariffPrice> read(List<TariffPrice> written) {
		List<ParsedFile.Line<TariffPrice>> lines = new ArrayList<>();
		written.forEach((price) -> lines.add(new ParsedFile.Line<>(lines.size() + 2, price)));
		return BandConventions.official(lines, List.of()).stream().map(ParsedFile.Line::value).toList();
	}

	/** The 2017 ceilings of the sample province, as in its tariff file. */
	static List<TariffPrice> sample(LocalDate from, LocalDate to) {
		List<TariffPrice> prices = new ArrayList<>();
		prices.add(price("CUOC_CHINH", "NOI_TINH", 0, 50, 11_364, from, to, null, null));
		prices.add(price("CUOC_CHINH", "NOI_TINH", 50, 100, 12_727, from, to, null, null));
		prices.add(price("CUOC_CHINH", "NOI_TINH", 100, 250, 15_000, from, to, 250, 1_364L));
		prices.add(price("CUOC_CHINH", "LIEN_TINH", 0, 50, 13_636, from, to, null, null));
		prices.add(price("CUOC_CHINH", "LIEN_TINH", 50, 100, 18_182, from, to, null, null));
		prices.add(price("CUOC_CHINH", "LIEN_TINH", 100, 250, 27_273, from, to, 250, 4_545L));
		String[] surcharges = { "HT", "HG", "A", "B", "C" };
		long[] amounts = { 40_000, 18_182, 48_636, 37_273, 30_909 };
		for (int i = 0; i < surcharges.length; i++) {
			prices.add(price(surcharges[i], "", 0, null, amounts[i], from, to, null, null));
		}
		return prices;
	}

	private static TariffPrice price(String component, String zone, int from, Integer to, long price, LocalDate validFrom) {
		return price(component, zone, from, to, price, validFrom, null, null, null);
	}

	private static TariffPrice price(String component, String zone, int from, Integer to, long price,
			LocalDate validFrom, LocalDate validTo, Integer step, Long stepPrice) {
		return new TariffPrice(component, zone, from, to, step, stepPrice, price, BigDecimal.TEN, validFrom, validTo,
				null);
	}

}
