package vn.kt1.batch.estimate.forecast;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BenchmarksTests {

	@Test
	void seasonalNaiveRepeatsTheLastYear() {
		double[] history = new double[14];
		for (int t = 0; t < 14; t++) {
			history[t] = t + 1;
		}

		// the last year is months 3..14 (values 3..14)
		assertThat(Forecasters.seasonalNaive().forecast(history, 14).values()).containsExactly(3, 4, 5, 6, 7, 8, 9,
				10, 11, 12, 13, 14, 3, 4);
		assertThat(Forecasters.seasonalNaive().forecast(new double[] { 4, 5 }, 2).values()).containsExactly(5, 5);
	}

	@Test
	void naive2RepeatsTheLastValueWithoutSeasonality() {
		double[] history = { 3, 9, 4, 8, 5, 7 };

		assertThat(Forecasters.naive2().forecast(history, 3).values()).containsExactly(7, 7, 7);
	}

	@Test
	void naive2ReseasonalisesTheLastAdjustedValue() {
		double[] year = { 50, 80, 100, 100, 100, 100, 100, 100, 100, 110, 120, 300 };
		double[] history = new double[36];
		for (int t = 0; t < 36; t++) {
			history[t] = year[t % 12] * ((t == 35) ? 2 : 1);
		}

		double[] f = Forecasters.naive2().forecast(history, 12).values();

		// the last December is twice the pattern: the adjusted last value is twice the level, and
		// every month of the next year is twice its pattern (within the decomposition's noise)
		for (int h = 0; h < 12; h++) {
			assertThat(f[h]).isCloseTo(2 * year[h], within(0.1 * year[h]));
		}
	}

	@Test
	void thetaAddsHalfTheSlopeToSimpleSmoothing() {
		double[] history = new double[24];
		for (int t = 0; t < 24; t++) {
			history[t] = 10 + t;
		}

		Forecast forecast = Forecasters.theta().forecast(history, 4);

		// SES follows the line to 33 (alpha near 1); the drift is half the slope, from one step on
		assertThat(forecast.values()).containsExactly(new double[] { 33.5, 34, 34.5, 35 }, within(0.01));
		assertThat(forecast.method()).isEqualTo("Theta");
	}

}
