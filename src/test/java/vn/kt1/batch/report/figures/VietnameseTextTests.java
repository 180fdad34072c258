package vn.kt1.batch.report.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTests {

	@Test
	void datesAreWrittenOutWithLeadingZerosForDaysAndForJanuaryAndFebruaryOnly() {
		assertThat(VietnameseText.writtenDate(LocalDate.of(2026, 12, 1))).isEqualTo("ngày 01 tháng 12 năm 2026");
		assertThat(VietnameseText.writtenDate(LocalDate.of(2026, 1, 5))).isEqualTo("ngày 05 tháng 01 năm 2026");
		assertThat(VietnameseText.writtenDate(LocalDate.of(2026, 2, 28))).isEqualTo("ngày 28 tháng 02 năm 2026");
		assertThat(VietnameseText.writtenDate(LocalDate.of(2026, 3, 9))).isEqualTo("ngày 09 tháng 3 năm 2026");
	}

	@Test
	void numbersGroupThousandsWithDotsAndSharesUseADecimalComma() {
		assertThat(VietnameseText.number(1_234_567)).isEqualTo("1.234.567");
		assertThat(VietnameseText.percent(972, 1000)).isEqualTo("97,2%");
		assertThat(VietnameseText.percent(2, 3)).isEqualTo("66,7%");
		assertThat(VietnameseText.percent(5, 0)).isEqualTo("—");
		assertThat(VietnameseText.share(1, 4)).isEqualTo(0.25);
		assertThat(VietnameseText.share(1, 0)).isNull();
	}

	@Test
	void changesSayWhichWay() {
		assertThat(VietnameseText.change(1061, 1000)).isEqualTo("tăng 6,1%");
		assertThat(VietnameseText.change(980, 1000)).isEqualTo("giảm 2,0%");
		assertThat(VietnameseText.change(1000, 1000)).isEqualTo("không đổi");
		assertThat(VietnameseText.change(1000, 0)).isNull();
	}

	@Test
	void monthsAndCapitals() {
		assertThat(VietnameseText.month(YearMonth.of(2026, 3))).isEqualTo("03/2026");
		assertThat(VietnameseText.upper("Tỉnh Đồng Tháp")).isEqualTo("TỈNH ĐỒNG THÁP");
	}

	@Test
	void threeMonthsOrMoreInARowAreARange() {
		assertThat(VietnameseText.months(List.of(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1),
				YearMonth.of(2026, 3), YearMonth.of(2026, 5), YearMonth.of(2026, 6))))
			.isEqualTo("11/2025 – 01/2026, 03/2026, 05/2026, 06/2026");
		assertThat(VietnameseText.months(List.of())).isEmpty();
	}

}
