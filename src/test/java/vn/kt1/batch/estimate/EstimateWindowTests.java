package vn.kt1.batch.estimate;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EstimateWindowTests {

	private static final YearMonth START = YearMonth.of(2024, 1);

	private static final YearMonth END = YearMonth.of(2027, 5);

	@Test
	void juneEstimateOfNextYearLearnsFromTheCompleteMonthsBefore() {
		EstimateWindow window = EstimateWindow.of(2027, LocalDate.of(2026, 6, 15), START, END, 60);

		assertThat(window.historyFrom()).isEqualTo(START);
		assertThat(window.historyTo()).isEqualTo(YearMonth.of(2026, 5));
		assertThat(window.historyMonths()).isEqualTo(29);
		// June 2026 .. December 2027; January 2027 is the 8th month ahead
		assertThat(window.horizon()).isEqualTo(19);
		assertThat(window.step(YearMonth.of(2027, 1))).isEqualTo(8);
		// the first day of a month: the month before is complete
		assertThat(EstimateWindow.of(2027, LocalDate.of(2026, 7, 1), START, END, 60).historyTo())
			.isEqualTo(YearMonth.of(2026, 6));
	}

	@Test
	void historyEndsInDecemberBeforeTheYearAndKeepsAtMostTheLongestHistory() {
		EstimateWindow late = EstimateWindow.of(2027, LocalDate.of(2027, 3, 10), START, END, 60);
		assertThat(late.historyTo()).isEqualTo(YearMonth.of(2026, 12));
		assertThat(late.horizon()).isEqualTo(12);

		EstimateWindow capped = EstimateWindow.of(2027, LocalDate.of(2026, 6, 15), YearMonth.of(2015, 1), END, 60);
		assertThat(capped.historyFrom()).isEqualTo(YearMonth.of(2021, 6));
		assertThat(capped.historyMonths()).isEqualTo(60);
	}

	@Test
	void monthsNotReportedYetAreLeftOut() {
		EstimateWindow window = EstimateWindow.of(2027, LocalDate.of(2026, 6, 15), START, YearMonth.of(2026, 3), 60);

		assertThat(window.historyTo()).isEqualTo(YearMonth.of(2026, 3));
		assertThat(window.horizon()).isEqualTo(21);
	}

	@Test
	void noCompleteMonthWithDataIsAnError() {
		assertThatThrownBy(() -> EstimateWindow.of(2027, LocalDate.of(2026, 6, 15), YearMonth.of(2026, 6), END, 60))
			.isInstanceOf(EstimateException.class)
			.hasMessageContaining("no items accepted up to 2026-05");
		assertThatThrownBy(() -> EstimateWindow.of(2027, LocalDate.of(2026, 6, 15), null, END, 60))
			.isInstanceOf(EstimateException.class);
	}

	@Test
	void theBacktestCutsOneYearEarlier() {
		EstimateWindow window = EstimateWindow.of(2027, LocalDate.of(2026, 6, 15), START, END, 60);

		EstimateWindow backtest = window.yearEarlier(START, 60).orElseThrow();

		assertThat(backtest.year()).isEqualTo(2026);
		assertThat(backtest.historyFrom()).isEqualTo(START);
		assertThat(backtest.historyTo()).isEqualTo(YearMonth.of(2025, 5));
		assertThat(backtest.horizon()).isEqualTo(window.horizon());
		assertThat(window.yearEarlier(YearMonth.of(2025, 6), 60)).isEmpty();
	}

}
