package vn.kt1.batch.estimate.forecast;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AccuracyTests {

	@Test
	void smapeIsTheMeanOfTheSymmetricPercentageErrors() {
		// 200 * 10 / 190 = 10.526..., 200 * 0 / 200 = 0, 200 * 50 / 150 = 66.666..., both 0 = 0
		double expected = (2000.0 / 190 + 0 + 10000.0 / 150 + 0) / 4;

		assertThat(Accuracy.smape(new double[] { 100, 100, 100, 0 }, new double[] { 90, 100, 50, 0 }))
			.isCloseTo(expected, within(1e-12));
	}

	@Test
	void maseScalesByTheInSampleSeasonalNaiveError() {
		double[] history = new double[14];
		for (int t = 0; t < 14; t++) {
			history[t] = t;
		}
		history[13] = 16;
		// lag-12 differences: 12 - 0 = 12 and 16 - 1 = 15, mean 13.5; forecast errors 27 and 0
		assertThat(Accuracy.mase(history, new double[] { 30, 20 }, new double[] { 3, 20 }, 12))
			.isCloseTo(13.5 / 13.5, within(1e-12));
		assertThat(Accuracy.mase(new double[12], new double[] { 1 }, new double[] { 2 }, 12)).isNaN();
	}

	@Test
	void totalErrorComparesTheSumsOfTheMonths() {
		double[] actual = { 999, 10, 20, 30 };
		double[] forecast = { 0, 20, 20, 35 };

		// months 2..4: actual 60, forecast 75: 25 %; month 1 does not count
		assertThat(Accuracy.totalError(actual, forecast, 2, 4)).isCloseTo(25, within(1e-12));
		assertThat(Accuracy.totalError(new double[] { 0, 0 }, new double[] { 1, 1 }, 1, 2)).isNaN();
	}

}
