package vn.kt1.batch.report.figures;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import vn.kt1.batch.report.YearEndReportParameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportPeriodTests {

	@Test
	void theDefaultCutoffReportsJanuaryToNovember() {
		ReportPeriod period = ReportPeriod.of(2026, YearEndReportParameters.defaultCutoff(2026));

		assertThat(period.first()).isEqualTo(YearMonth.of(2026, 1));
		assertThat(period.last()).isEqualTo(YearMonth.of(2026, 11));
		assertThat(period.months()).hasSize(11);
		assertThat(period.previousYearMonths()).startsWith(YearMonth.of(2025, 1)).endsWith(YearMonth.of(2025, 11));
		assertThat(period.start()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(period.end()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(period.wholeYear()).isFalse();
	}

	@Test
	void onlyWholeMonthsCount() {
		assertThat(ReportPeriod.of(2026, LocalDate.of(2026, 12, 15)).last()).isEqualTo(YearMonth.of(2026, 11));
		assertThat(ReportPeriod.of(2026, LocalDate.of(2026, 11, 29)).last()).isEqualTo(YearMonth.of(2026, 10));
		assertThat(ReportPeriod.of(2026, LocalDate.of(2026, 1, 31)).months()).containsExactly(YearMonth.of(2026, 1));
	}

	@Test
	void aCutoffInTheNextYearReportsTheWholeYear() {
		ReportPeriod period = ReportPeriod.of(2026, LocalDate.of(2027, 1, 15));

		assertThat(period.last()).isEqualTo(YearMonth.of(2026, 12));
		assertThat(period.wholeYear()).isTrue();
	}

	@Test
	void aCutoffBeforeTheEndOfJanuaryLeavesNothingToReport() {
		assertThatIllegalArgumentException().isThrownBy(() -> ReportPeriod.of(2026, LocalDate.of(2026, 1, 30)))
			.withMessage("cut-off 2026-01-30 leaves no whole month of 2026 (it must be 31 January 2026 or later)");
		assertThatIllegalArgumentException().isThrownBy(() -> ReportPeriod.of(2026, LocalDate.of(2025, 12, 31)));
	}

}
