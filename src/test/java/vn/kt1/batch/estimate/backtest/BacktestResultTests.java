package vn.kt1.batch.estimate.backtest;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.kt1.batch.estimate.EstimateWindow;

import static org.assertj.core.api.Assertions.assertThat;

class BacktestResultTests {

	private static final EstimateWindow WINDOW = new EstimateWindow(2026, YearMonth.of(2024, 1), YearMonth.of(2025, 5));

	@Test
	void errorsPerAgencyAndInTotal() {
		BacktestResult result = result(row(110, 100), row(80, 100), row(1_000, 500), row(50, 0), row(0, 0));

		assertThat(result.agencies().get(0).errorPercent()).isEqualByComparingTo("10");
		assertThat(result.agencies().get(1).errorPercent()).isEqualByComparingTo("-20");
		assertThat(result.agencies().get(3).errorPercent()).isNull();
		// (10 + 20 + 100) / 3 over the agencies charged something
		assertThat(result.mape()).isEqualByComparingTo("43.33");
		// (200 x 10 / 210 + 200 x 20 / 180 + 200 x 500 / 1500 + 200) / 4; both zero does not count
		assertThat(result.smape()).isEqualByComparingTo("74.60");
		// 110 is within ±10 % of 100; 80 and 1,000 are not
		assertThat(result.within()).isEqualTo(1);
		assertThat(result.withActual()).isEqualTo(3);
		assertThat(result.withinPercent()).isEqualByComparingTo("33.33");
		// 1,240 against 700
		assertThat(result.totalErrorPercent()).isEqualByComparingTo("77.14");
		assertThat(result.comparedMonths()).isEqualTo(5);
	}

	@Test
	void nothingChargedLeavesTheMeasuresEmpty() {
		BacktestResult result = result(row(0, 0));

		assertThat(result.mape()).isNull();
		assertThat(result.smape()).isNull();
		assertThat(result.withinPercent()).isNull();
		assertThat(result.totalErrorPercent()).isNull();
	}

	private static BacktestResult result(BacktestAgency... rows) {
		return new BacktestResult(WINDOW, YearMonth.of(2026, 1), YearMonth.of(2026, 5), List.of(rows));
	}

	private static BacktestAgency row(long estimate, long actual) {
		return new BacktestAgency(null, estimate, actual);
	}


}
