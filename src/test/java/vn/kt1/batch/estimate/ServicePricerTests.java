package vn.kt1.batch.estimate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.kt1.batch.reference.Tariff;
import vn.kt1.batch.reference.TariffException;
import vn.kt1.batch.reference.TariffPrice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServicePricerTests {

	private static final List<YearMonth> JANUARY = List.of(YearMonth.of(2027, 1));

	private final ServicePricer pricer = new ServicePricer(TestTariffs.round());

	@Test
	void zonesWithVat() {
		// 10,000 x 1.1 within the province; 15,000 x 1.1 between provinces
		assertThat(fee(new Service("NOI_TINH", "KT1", ""), Map.of(20, 1L))).isEqualTo("11000.00");
		assertThat(fee(new Service("LIEN_TINH", "KT1", ""), Map.of(20, 1L))).isEqualTo("16500.00");
	}

	@Test
	void eachItemAtItsOwnWeightStep() {
		// 20 g: 11,000; 600 g: (20,000 + 2 further steps x 5,000) x 1.1 = 33,000; mean of 2 + 1 items
		assertThat(fee(new Service("NOI_TINH", "KT1", ""), Map.of(20, 2L, 600, 1L))).isEqualTo("18333.33");
		// between provinces, 251 g: (30,000 + 8,000) x 1.1 = 41,800
		assertThat(fee(new Service("LIEN_TINH", "KT1", ""), Map.of(251, 1L))).isEqualTo("41800.00");
	}

	@Test
	void urgencyAndSecrecySurchargesWithVat() {
		// (10,000 + 40,000 + 50,000) x 1.1
		assertThat(fee(new Service("NOI_TINH", "HT", "A"), Map.of(20, 1L))).isEqualTo("110000.00");
		// (15,000 + 20,000 + 30,000) x 1.1
		assertThat(fee(new Service("LIEN_TINH", "HG", "C"), Map.of(40, 3L))).isEqualTo("71500.00");
	}

	@Test
	void aMidYearChangeAppliesFromTheMonthWhoseFifteenthItCovers() {
		LocalDate change = LocalDate.of(2027, 7, 20);
		List<TariffPrice> prices = new ArrayList<>(TestTariffs.prices(TestTariffs.FROM, change.minusDays(1), 10_000));
		prices.addAll(TestTariffs.prices(change, null, 12_000));
		ServicePricer pricer = new ServicePricer(new Tariff(prices));

		List<MonthPrice> year = pricer.prices(new Service("NOI_TINH", "KT1", ""), Map.of(30, 1L), months(2027));

		// July's 15th is before the change: old prices until July, new from August (12,000 x 1.1)
		assertThat(year).extracting((p) -> p.feePerItem().toPlainString()).containsExactly("11000.00", "11000.00",
				"11000.00", "11000.00", "11000.00", "11000.00", "11000.00", "13200.00", "13200.00", "13200.00",
				"13200.00", "13200.00");
		assertThat(year.get(6).version()).isEqualTo(TestTariffs.FROM);
		assertThat(year.get(7).version()).isEqualTo(change);
	}

	@Test
	void aMissingPriceIsNamed() {
		ServicePricer pricer = new ServicePricer(
				new Tariff(TestTariffs.prices(TestTariffs.FROM, LocalDate.of(2026, 12, 31), 10_000)));
		assertThatThrownBy(() -> pricer.prices(new Service("NOI_TINH", "HT", ""), Map.of(20, 1L), JANUARY))
			.isInstanceOf(TariffException.class)
			.hasMessageContaining("CUOC_CHINH")
			.hasMessageContaining("2027-01-15");
	}

	private String fee(Service service, Map<Integer, Long> mix) {
		return this.pricer.prices(service, mix, JANUARY).get(0).feePerItem().toPlainString();
	}

	static List<YearMonth> months(int year) {
		List<YearMonth> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(YearMonth.of(year, m));
		}
		return months;
	}

}
