package vn.kt1.batch.estimate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import vn.kt1.batch.estimate.forecast.Forecasters;
import vn.kt1.batch.reference.Agency;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Never a silent 0: a province whose history is shorter than {@code min-months-used} for
 * every agency, worked by hand with the round tariff of {@link TestTariffs} (a letter of 20 g
 * within the province 11,000 with VAT; an express secret parcel of 120 g to another province
 * (30,000 + 40,000 + 30,000) x 1.1 = 110,000).
 */
class FewMonthsTests {

	private static final YearMonth LAST = YearMonth.of(2026, 5);

	private static final Service LETTER = new Service("NOI_TINH", "KT1", "");

	private static final Service PARCEL = new Service("LIEN_TINH", "HT", "C");

	private final Agency steady = YearEstimatorTests.agency("3000001", "XA", "UBND", null, null);

	private final Agency parcels = YearEstimatorTests.agency("3000002", "XA", "UBND", null, null);

	private final Agency never = YearEstimatorTests.agency("3000003", "XA", "UBND", null, null);

	@ParameterizedTest(name = "{0} months of history")
	@CsvSource({ "1, 12.00, 1584000", "3, 3.96, 699600", "5, 2.40, 528000" })
	void everyAgencyChargedGetsItsMonthsCarriedOverTheYearProRataMarked(int months, String parcelItems,
			long parcelsBase) {
		YearMonth first = LAST.minusMonths(months - 1);
		EstimateWindow window = EstimateWindow.of(2027, LocalDate.of(2026, 6, 15), first, LAST, 60);
		History history = new History(first, LAST);
		for (int m = 0; m < months; m++) {
			add(history, this.steady, LETTER, first.plusMonths(m), 10);
			add(history, this.parcels, LETTER, first.plusMonths(m), 2);
		}
		// one parcel, in the last month: 12 / months a year, to two decimals a month
		add(history, this.parcels, PARCEL, LAST, 1);

		List<AgencyEstimate> estimates = estimator(6).estimate(window, window.yearMonths(),
				List.of(this.steady, this.parcels, this.never), history);

		String since = String.format("%02d/%d", first.getMonthValue(), first.getYear());
		String span = (months == 1) ? since : since + "–05/2026";
		// 10 letters a month: 120 x 11,000
		assertThat(estimates.get(0).basis()).isEqualTo(Basis.FEW_MONTHS);
		assertThat(estimates.get(0).baseVnd()).isEqualTo(1_320_000);
		assertThat(estimates.get(0).review())
			.isEqualTo("chỉ có " + months + " tháng dữ liệu (" + span + "): quy ra cả năm theo tỷ lệ thời gian");
		assertThat(estimates.get(0).reason()).isEqualTo("dữ liệu chỉ có từ " + since + " (" + months
				+ " tháng), dưới 6 tháng tối thiểu; không có đơn vị nào đủ lịch sử để lấy trung vị");
		// 24 letters x 11,000 = 264,000, and the parcels x 110,000
		assertThat(estimates.get(1).basis()).isEqualTo(Basis.FEW_MONTHS);
		assertThat(estimates.get(1).services().get(1).items()).isEqualByComparingTo(parcelItems);
		assertThat(estimates.get(1).baseVnd()).isEqualTo(parcelsBase);
		assertThat(estimates.get(1).services()).extracting((s) -> s.method().text())
			.containsOnly("quy năm từ " + months + " tháng theo tỷ lệ thời gian");
		// never charged: the median of the two, marked
		assertThat(estimates.get(2).basis()).isEqualTo(Basis.PEER_MEDIAN);
		assertThat(estimates.get(2).peer().medianVnd()).isEqualTo((1_320_000 + parcelsBase) / 2);
		assertThat(estimates.get(2).baseVnd()).isPositive();
		assertThat(estimates.get(2).review()).isEqualTo("trung vị của các đơn vị chỉ có dưới 6 tháng dữ liệu");
		assertThat(BasisLine.of(estimates.get(0), window, new AmountRule(BigDecimal.TEN, List.of())))
			.contains("quy năm theo tỷ lệ thời gian 1; giá từ 01/01/2017")
			.contains("; lý do: dữ liệu chỉ có từ " + since);
	}

	/**
	 * An agency that took over another's code in December 2025 (the province's total stays 10
	 * letters a month and 20 in December): six months, one of them a December.
	 */
	@Test
	void withTheProvincesSeasonalProfileABusyDecemberIsNotAYearOfDecembers() {
		YearMonth first = YearMonth.of(2024, 1);
		YearMonth handOver = YearMonth.of(2025, 12);
		History history = new History(first, LAST);
		for (YearMonth month = first; !month.isAfter(LAST); month = month.plusMonths(1)) {
			add(history, month.isBefore(handOver) ? this.steady : this.parcels, LETTER, month,
					(month.getMonthValue() == 12) ? 20 : 10);
		}
		EstimateWindow window = EstimateWindow.of(2027, LocalDate.of(2026, 6, 15), first, LAST, 60);

		// 29 months, under a minimum of 30: nobody has enough history
		AgencyEstimate estimate = estimator(30).estimate(window, window.yearMonths(), List.of(this.parcels), history)
			.get(0);

		// profile of the province: December 20 / (130 / 12) = 24/13, other months 12/13; the
		// level is 70 items / (24/13 + 5 x 12/13) = 10.8333; 2027: 11 x 10 + 20 = 130 letters
		assertThat(estimate.basis()).isEqualTo(Basis.FEW_MONTHS);
		assertThat(estimate.items()).isEqualByComparingTo("130");
		assertThat(estimate.baseVnd()).isEqualTo(1_430_000);
		assertThat(estimate.review()).isEqualTo("chỉ có 6 tháng dữ liệu (12/2025–05/2026): quy ra cả năm theo mùa vụ "
				+ "của tỉnh");
		assertThat(estimate.services().get(0).method().text()).isEqualTo("quy năm từ 6 tháng theo mùa vụ của tỉnh");
	}

	@Test
	void withoutAProfileTheSameMonthsArePaidProRata() {
		YearMonth first = YearMonth.of(2025, 12);
		History history = new History(first, LAST);
		for (YearMonth month = first; !month.isAfter(LAST); month = month.plusMonths(1)) {
			add(history, this.parcels, LETTER, month, (month.getMonthValue() == 12) ? 20 : 10);
		}
		EstimateWindow window = EstimateWindow.of(2027, LocalDate.of(2026, 6, 15), first, LAST, 60);

		AgencyEstimate estimate = estimator(30).estimate(window, window.yearMonths(), List.of(this.parcels), history)
			.get(0);

		// six months of history: no profile; 70 / 6 = 11.67 a month, 140.04 letters x 11,000
		assertThat(estimate.items()).isEqualByComparingTo("140.04");
		assertThat(estimate.baseVnd()).isEqualTo(1_540_440);
		assertThat(estimate.review()).endsWith("quy ra cả năm theo tỷ lệ thời gian");
	}

	@Test
	void peersWithHistoryStillGiveTheirMedianAndAMedianOfZeroGivesWayToTheAgencysMonths() {
		YearMonth first = YearMonth.of(2024, 1);
		History history = new History(first, LAST);
		Agency stopped = YearEstimatorTests.agency("3000004", "XA", "UBND", null, null);
		// a peer with history that stopped a year before: its forecast is nothing
		for (YearMonth month = first; month.isBefore(YearMonth.of(2025, 1)); month = month.plusMonths(1)) {
			add(history, stopped, LETTER, month, 10);
		}
		for (YearMonth month = YearMonth.of(2026, 3); !month.isAfter(LAST); month = month.plusMonths(1)) {
			add(history, this.steady, LETTER, month, 10);
		}
		EstimateWindow window = EstimateWindow.of(2027, LocalDate.of(2026, 6, 15), first, LAST, 60);

		List<AgencyEstimate> estimates = estimator(6).estimate(window, window.yearMonths(),
				List.of(stopped, this.steady), history);

		assertThat(estimates.get(0).basis()).isEqualTo(Basis.HISTORY);
		assertThat(estimates.get(0).baseVnd()).isZero();
		assertThat(estimates.get(0).review()).isEqualTo("đã dùng 120 bưu gửi trong lịch sử nhưng dự báo bằng 0");
		assertThat(estimates.get(1).basis()).isEqualTo(Basis.FEW_MONTHS);
		assertThat(estimates.get(1).baseVnd()).isEqualTo(1_320_000);
		assertThat(estimates.get(1).reason()).isEqualTo("mới sử dụng từ 03/2026 (3 tháng), dưới 6 tháng tối thiểu; "
				+ "trung vị nhóm Cấp xã – Ủy ban nhân dân và cơ quan chuyên môn bằng 0");
	}

	private static YearEstimator estimator(int minMonthsUsed) {
		return new YearEstimator(Forecasters.standard(), new ServicePricer(TestTariffs.round()), minMonthsUsed);
	}

	private static void add(History history, Agency agency, Service service, YearMonth month, int count) {
		int weight = (service == PARCEL) ? 120 : 20;
		for (int n = 0; n < count; n++) {
			history.add(agency.code(), service, month, weight, 11_000);
		}
	}

}
