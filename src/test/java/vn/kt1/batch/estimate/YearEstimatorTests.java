package vn.kt1.batch.estimate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.kt1.batch.estimate.forecast.Forecast;
import vn.kt1.batch.estimate.forecast.Forecaster;
import vn.kt1.batch.estimate.forecast.Forecasters;
import vn.kt1.batch.reference.Agency;
import vn.kt1.batch.reference.Tariff;
import vn.kt1.batch.reference.TariffPrice;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pricing of a forecast, by hand: a forecaster that repeats the mean of the history's
 * last 12 months, and the round tariff of {@link TestTariffs} (a letter of 20 g within the
 * province costs 11,000 with VAT).
 */
public class YearEstimatorTests {

	private static final Forecaster LAST_YEAR_MEAN = (history, horizon) -> {
		double mean = Arrays.stream(history, Math.max(0, history.length - 12), history.length).average().orElse(0);
		double[] values = new double[horizon];
		Arrays.fill(values, mean);
		return new Forecast(values, "Mean of 12 months");
	};

	private static final YearMonth START = YearMonth.of(2024, 1);

	private static final EstimateWindow WINDOW = EstimateWindow.of(2027, LocalDate.of(2026, 6, 15), START, null, 60);

	private static final Service LETTER = new Service("NOI_TINH", "KT1", "");

	private final History history = new History(START, WINDOW.historyTo());

	@Test
	void aSteadyAgencyPricedWithItsOwnServicesAndWeights() {
		Agency agency = agency("1820001", "TINH", "DANG_UY", null, null);
		monthly(agency, LETTER, 20, 10, 0);
		monthly(agency, new Service("LIEN_TINH", "HT", "B"), 600, 1, 0);

		AgencyEstimate estimate = estimate(TestTariffs.round(), agency).get(0);

		assertThat(estimate.fromHistory()).isTrue();
		assertThat(estimate.monthsUsed()).isEqualTo(29);
		assertThat(estimate.services()).extracting(ServiceEstimate::service)
			.containsExactly(LETTER, new Service("LIEN_TINH", "HT", "B"));
		// 120 letters x 11,000 + 12 x (30,000 + 2 steps x 8,000 + 40,000 + 40,000) x 1.1 = 1,320,000 + 1,663,200
		assertThat(estimate.services().get(1).periods().get(0).feePerItem()).isEqualByComparingTo("138600");
		assertThat(estimate.items()).isEqualByComparingTo("132");
		assertThat(estimate.baseVnd()).isEqualTo(2_983_200);
		assertThat(new AmountRule(BigDecimal.TEN, List.of()).amount(estimate.baseVnd())).isEqualTo(3_282_000);
		assertThat(BasisLine.of(estimate, WINDOW, new AmountRule(BigDecimal.TEN, List.of()))).isEqualTo(
				"Dự báo 132 bưu gửi (2 dịch vụ) từ 29 tháng 01/2024–05/2026: trung bình 2; giá từ 01/01/2017 theo "
						+ "khối lượng bưu gửi của đơn vị, gồm VAT; dự phòng 10 %; làm tròn lên nghìn đồng");
	}

	@Test
	void aMidYearTariffChangePricesTheMonthsApart() {
		List<TariffPrice> prices = new ArrayList<>(
				TestTariffs.prices(TestTariffs.FROM, LocalDate.of(2027, 6, 30), 10_000));
		prices.addAll(TestTariffs.prices(LocalDate.of(2027, 7, 1), null, 12_000));
		Agency agency = agency("1820001", "TINH", "DANG_UY", null, null);
		monthly(agency, LETTER, 20, 10, 0);

		AgencyEstimate estimate = estimate(new Tariff(prices), agency).get(0);

		assertThat(estimate.services().get(0).periods()).extracting(PricePeriod::toString).containsExactly(
				"PricePeriod[from=2027-01, to=2027-06, tariffVersion=2017-01-01, items=60.00, feePerItem=11000.00]",
				"PricePeriod[from=2027-07, to=2027-12, tariffVersion=2027-07-01, items=60.00, feePerItem=13200.00]");
		// 60 x 11,000 + 60 x 13,200
		assertThat(estimate.baseVnd()).isEqualTo(1_452_000);
	}

	@Test
	void monthsOutsideTheAgencysValidityCountNothing() {
		Agency leaves = agency("1820001", "TINH", "DANG_UY", null, LocalDate.of(2027, 6, 30));
		Agency comes = agency("1820002", "TINH", "DANG_UY", null, LocalDate.of(2027, 12, 31).withDayOfMonth(16));
		monthly(leaves, LETTER, 20, 10, 0);
		monthly(comes, LETTER, 20, 31, 0);

		List<AgencyEstimate> estimates = estimate(TestTariffs.round(), leaves, comes);

		// January to June only: 60 letters
		assertThat(estimates.get(0).items()).isEqualByComparingTo("60");
		assertThat(estimates.get(0).baseVnd()).isEqualTo(660_000);
		assertThat(estimates.get(0).validShare()).isEqualByComparingTo("0.495890");
		// leaves on 16 December: 11 x 31 + 31 x 16 / 31
		assertThat(estimates.get(1).items()).isEqualByComparingTo("357");
	}

	@Test
	void tooLittleHistoryTakesThePeersMedian() {
		Agency steady = agency("3000001", "XA", "UBND", null, null);
		Agency busy = agency("3000002", "XA", "UBND", null, null);
		Agency busier = agency("3000003", "XA", "UBND", null, null);
		Agency never = agency("3000004", "XA", "UBND", null, null);
		Agency recent = agency("3000005", "XA", "UBND", null, null);
		Agency newcomer = agency("3000006", "XA", "UBND", LocalDate.of(2027, 7, 1), null);
		Agency police = agency("3000007", "XA", "CONG_AN", null, null);
		monthly(steady, LETTER, 20, 10, 0);
		monthly(busy, LETTER, 20, 20, 0);
		monthly(busier, LETTER, 20, 30, 0);
		// five months of use before the cut: fewer than six
		monthly(recent, LETTER, 20, 100, 24);

		List<AgencyEstimate> estimates = estimate(TestTariffs.round(), steady, busy, busier, never, recent, newcomer,
				police);

		// median of 1,320,000, 2,640,000, 3,960,000
		assertThat(estimates.get(3).fromHistory()).isFalse();
		assertThat(estimates.get(3).peer().peers()).isEqualTo(3);
		assertThat(estimates.get(3).peer().medianVnd()).isEqualTo(2_640_000);
		assertThat(estimates.get(3).baseVnd()).isEqualTo(2_640_000);
		assertThat(estimates.get(3).reason()).isEqualTo("chưa có bưu gửi KT1 trong lịch sử 01/2024–05/2026");
		assertThat(estimates.get(4).reason()).isEqualTo("mới sử dụng từ 01/2026 (5 tháng)");
		assertThat(estimates.get(4).baseVnd()).isEqualTo(2_640_000);
		// valid from July: 184 of 365 days
		assertThat(estimates.get(5).reason()).isEqualTo("đơn vị mới, hiệu lực từ 01/07/2027");
		assertThat(estimates.get(5).baseVnd()).isEqualTo(1_330_849);
		assertThat(estimates.get(5).items()).isEqualByComparingTo("120.99");
		// no police with history: the median of the level
		assertThat(estimates.get(6).peer().group()).isEqualTo("Cấp xã");
		assertThat(estimates.get(6).peer().peers()).isEqualTo(3);
		assertThat(BasisLine.of(estimates.get(3), WINDOW, new AmountRule(BigDecimal.TEN, List.of()))).isEqualTo(
				"Ước theo trung vị nhóm Cấp xã – Ủy ban nhân dân và cơ quan chuyên môn (3 đơn vị có lịch sử): "
						+ "2.640.000 đ cả năm, 240 bưu gửi; lý do: chưa có bưu gửi KT1 trong lịch sử 01/2024–05/2026; "
						+ "dự phòng 10 %; làm tròn lên nghìn đồng");
	}

	@Test
	void aForecastFarFromTheLastTwelveMonthsIsMarkedForReview() {
		Agency steady = agency("1820001", "TINH", "DANG_UY", null, null);
		Agency spike = agency("1820002", "TINH", "DANG_UY", null, null);
		monthly(steady, LETTER, 20, 10, 0);
		monthly(spike, LETTER, 20, 10, 0);
		for (int n = 0; n < 990; n++) {
			this.history.add(spike.code(), LETTER, YearMonth.of(2025, 10), 20, 11_000);
		}

		List<AgencyEstimate> estimates = estimate(TestTariffs.round(), steady, spike);

		assertThat(estimates.get(0).review()).isNull();
		// the stub forecasts the mean of the last 12 months, (11 x 10 + 1,000) / 12, over three times their median
		assertThat(estimates.get(1).review()).isEqualTo("Nội tỉnh, Thường: dự báo 92,5 bưu gửi/tháng; "
				+ "12 tháng gần nhất: trung vị 10, bình quân 92,5");
		assertThat(estimates.get(1).baseVnd()).isEqualTo(12_210_000);
	}

	@Test
	void theStandardMethodMissingAOneOffMonthIsMarkedForReview() {
		Agency agency = agency("1820001", "TINH", "DANG_UY", null, null);
		monthly(agency, LETTER, 20, 10, 0);
		for (int n = 0; n < 990; n++) {
			this.history.add(agency.code(), LETTER, YearMonth.of(2024, 6), 20, 11_000);
		}

		AgencyEstimate estimate = new YearEstimator(Forecasters.standard(), new ServicePricer(TestTariffs.round()), 6)
			.estimate(WINDOW, WINDOW.yearMonths(), List.of(agency), this.history)
			.get(0);

		// one of two Junes: the outlier rule catches it by half, and what is left lifts the
		// forecast over three times the median of the last 12 months (10): the figure stands, marked
		assertThat(estimate.items()).isGreaterThan(BigDecimal.valueOf(360));
		assertThat(estimate.review()).startsWith("Nội tỉnh, Thường: dự báo ")
			.endsWith("bưu gửi/tháng; 12 tháng gần nhất: trung vị 10, bình quân 10");
	}

	@Test
	void withoutPeersOfItsLevelTheMedianOfAllAndWithoutAnyZero() {
		Agency court = agency("2820101", "KHU_VUC", "TOA_AN", LocalDate.of(2025, 7, 1), null);
		Agency island = agency("4000001", "DAC_BIET", "UBND", null, null);
		AgencyEstimate alone = estimate(TestTariffs.round(), island).get(0);
		monthly(agency("1820001", "TINH", "DANG_UY", null, null), LETTER, 20, 10, 0);
		monthly(court, LETTER, 20, 100, 18);

		List<AgencyEstimate> estimates = estimate(TestTariffs.round(), agency("1820001", "TINH", "DANG_UY", null, null),
				court, island);

		assertThat(alone.baseVnd()).isZero();
		assertThat(alone.peer().peers()).isZero();
		assertThat(BasisLine.of(alone, WINDOW, new AmountRule(BigDecimal.TEN, List.of())))
			.startsWith("Không có đơn vị nào có lịch sử để lấy trung vị: ước 0 đ");
		// the court has 11 months of history (91.67 a month over the last 12: 12 x 91.67 x 11,000)
		assertThat(estimates.get(1).fromHistory()).isTrue();
		assertThat(estimates.get(1).baseVnd()).isEqualTo(12_100_440);
		// the island has no peer of its level: the median of all
		assertThat(estimates.get(2).peer().group()).isEqualTo("toàn bộ đơn vị");
		assertThat(estimates.get(2).peer().medianVnd()).isEqualTo((1_320_000 + 12_100_440) / 2);
	}

	@Test
	void pooledTheGroupsForecastIsSharedOutAndAOneOffMonthIsCappedFirst() {
		Agency small = agency("3000001", "XA", "UBND", null, null);
		Agency large = agency("3000002", "XA", "UBND", null, null);
		monthly(small, LETTER, 20, 10, 0);
		monthly(large, LETTER, 20, 30, 0);
		// a one-off in November 2024, among the last 24 months but not the last 12
		for (int n = 0; n < 990; n++) {
			this.history.add(small.code(), LETTER, YearMonth.of(2024, 11), 20, 11_000);
		}

		List<AgencyEstimate> estimates = new YearEstimator(LAST_YEAR_MEAN, new ServicePricer(TestTariffs.round()), 6,
				24).estimate(WINDOW, WINDOW.yearMonths(), List.of(small, large), this.history);

		// the group's last 12 months: 40 letters a month. Over the last 24 months the small agency's
		// 1,000 is capped at 3 x its median month (10): 23 x 10 + 30 = 260 items of a group's
		// 24 x 40 + 990 - 970 = 980; the large one's 720 of 980
		assertThat(estimates.get(0).items()).isEqualByComparingTo("127.32");
		assertThat(estimates.get(0).baseVnd()).isEqualTo(1_400_520);
		assertThat(estimates.get(1).items()).isEqualByComparingTo("352.68");
		assertThat(estimates.get(0).services().get(0).method().text())
			.isEqualTo("phần 26,531 % của dự báo nhóm (chặn 1 tháng bất thường): trung bình 12 tháng");
	}

	private List<AgencyEstimate> estimate(Tariff tariff, Agency... agencies) {
		return new YearEstimator(LAST_YEAR_MEAN, new ServicePricer(tariff), 6).estimate(WINDOW,
				WINDOW.yearMonths(), List.of(agencies), this.history);
	}

	/** {@code count} items of {@code weightG} every month from the month at {@code from}. */
	private void monthly(Agency agency, Service service, int weightG, int count, int from) {
		for (int m = from; m < WINDOW.historyMonths(); m++) {
			for (int n = 0; n < count; n++) {
				this.history.add(agency.code(), service, START.plusMonths(m), weightG, 11_000);
			}
		}
	}

	public static Agency agency(String code, String level, String category, LocalDate from, LocalDate to) {
		return new Agency(code, "Đơn vị " + code, level, category, "82", null, from, to);
	}

}
