package vn.kt1.batch.estimate.forecast;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ForecastersTests {

	private final Forecaster forecaster = Forecasters.standard();

	private static List<Double> months(Forecast forecast) {
		return Arrays.stream(forecast.values()).boxed().toList();
	}

	@Test
	void aConstantSeriesForecastsTheConstant() {
		double[] history = new double[36];
		Arrays.fill(history, 7);

		Forecast forecast = this.forecaster.forecast(history, 18);

		assertThat(months(forecast)).hasSize(18).allSatisfy((value) -> assertThat(value).isCloseTo(7, within(1e-6)));
		assertThat(forecast.method())
			.isEqualTo("Mean of ETS, Theta, SES, damped, optimised Theta, ARIMA and aggregates");
		assertThat(forecast.total(7, 18)).isCloseTo(84, within(1e-5));
	}

	@Test
	void aLinearTrendIsContinuedAtAboutHalfItsSlope() {
		double[] history = new double[36];
		for (int t = 0; t < 36; t++) {
			history[t] = 100 + 2 * t;
		}

		double[] f = this.forecaster.forecast(history, 12).values();

		// the line goes on 172, 174, ..., 194; the mean of the eight members, from flat (SES, the
		// quarters) to the whole slope (ETS, ARIMA's drift), rises at about half the slope
		for (int h = 1; h <= 12; h++) {
			double line = 170 + 2 * h;
			assertThat(f[h - 1]).isBetween(170 + 0.9 * h, 170 + 1.1 * h).isCloseTo(line, within(0.07 * line));
			if (h > 1) {
				assertThat(f[h - 1]).isGreaterThan(f[h - 2]);
			}
		}
	}

	@Test
	void aPureSeasonalPatternIsRepeated() {
		double[] year = { 50, 80, 100, 100, 100, 100, 100, 100, 100, 110, 120, 300 };
		double[] history = new double[36];
		for (int t = 0; t < 36; t++) {
			history[t] = year[t % 12];
		}

		Forecast forecast = this.forecaster.forecast(history, 18);

		for (int h = 0; h < 18; h++) {
			assertThat(forecast.values()[h]).isCloseTo(year[h % 12], within(1e-3));
		}
		assertThat(forecast.method()).endsWith("(seasonally adjusted, multiplicative)");
	}

	@Test
	void anIntermittentSeriesGetsTheCrostonSbaRate() {
		double[] history = { 0, 0, 3, 0, 0, 0, 2 };

		Forecast forecast = this.forecaster.forecast(history, 12);

		// first demand 3 after an interval of 3 months; then 2 after 4 months, alpha 0.1:
		// size 3 + 0.1 (2 - 3) = 2.9, interval 3 + 0.1 (4 - 3) = 3.1; SBA: (1 - 0.05) 2.9 / 3.1
		double rate = 0.95 * 2.9 / 3.1;
		assertThat(months(forecast)).allSatisfy((value) -> assertThat(value).isCloseTo(rate, within(1e-12)));
		assertThat(forecast.method()).isEqualTo("Croston SBA (intermittent)");
		assertThat(forecast.total(1, 12)).isCloseTo(12 * rate, within(1e-9));
	}

	@Test
	void aSeriesThatStopsIsFollowedDownNotTreatedAsIntermittent() {
		double[] history = new double[36];
		for (int t = 0; t < 36; t++) {
			history[t] = Math.max(0, 200 - 8 * t);
		}

		Forecast forecast = this.forecaster.forecast(history, 12);

		assertThat(forecast.method()).doesNotContain("Croston");
		assertThat(forecast.total(1, 12)).isLessThan(1);
	}

	@Test
	void monthsBeforeTheFirstItemAreNotHistory() {
		double[] history = new double[36];
		Arrays.fill(history, 12, 36, 40);

		Forecast forecast = this.forecaster.forecast(history, 12);

		assertThat(forecast.method()).doesNotContain("Croston");
		assertThat(months(forecast)).allSatisfy((value) -> assertThat(value).isCloseTo(40, within(1e-6)));
	}

	@Test
	void noItemsForecastsZeros() {
		assertThat(this.forecaster.forecast(new double[24], 18).values()).hasSize(18).containsOnly(0.0);
		assertThat(this.forecaster.forecast(new double[24], 18).method()).isEqualTo("No items in the history");
		assertThat(this.forecaster.forecast(new double[0], 3).values()).containsExactly(0, 0, 0);
		assertThat(this.forecaster.forecast(new long[] { 0, 0 }, 2).values()).containsExactly(0, 0);
	}

	@Test
	void aSingleHugeMonthDoesNotBlowUpTheForecast() {
		double[] history = new double[36];
		for (int t = 0; t < 36; t++) {
			history[t] = 100 + t % 3;
		}
		history[20] = 5000;
		double[] last = history.clone();
		last[20] = 101;
		last[35] = 5000;

		Forecast middle = this.forecaster.forecast(history, 12);
		Forecast end = this.forecaster.forecast(last, 12);

		// without the cap the huge month would add about 4,900 / 36 = 136 a month to a mean
		assertThat(months(middle)).allSatisfy((value) -> assertThat(value).isBetween(95.0, 115.0));
		assertThat(months(end)).allSatisfy((value) -> assertThat(value).isBetween(95.0, 125.0));
		assertThat(middle.method()).endsWith(", 1 outlying month capped");
		assertThat(end.method()).endsWith(", 1 outlying month capped");
	}

	@Test
	void aYearlyPeakIsNotTakenForAnOutlier() {
		double[] history = new double[24];
		for (int t = 0; t < 24; t++) {
			history[t] = (t % 12 == 11) ? 400 : 100;
		}

		Forecast forecast = this.forecaster.forecast(history, 12);

		assertThat(forecast.method()).doesNotContain("capped");
		assertThat(forecast.values()[11]).isGreaterThan(3 * forecast.values()[0]);
	}

	@Test
	void shortSeriesWork() {
		Forecast five = this.forecaster.forecast(new long[] { 5, 7, 6, 8, 7 }, 12);
		assertThat(five.method()).isEqualTo("Mean of the last 5 months (under two years)");
		assertThat(months(five)).hasSize(12).allSatisfy((value) -> assertThat(value).isCloseTo(6.6, within(1e-9)));

		// a rise and fall within the first year is not extrapolated: the last twelve months' level
		double[] congress = new double[18];
		for (int t = 0; t < 18; t++) {
			congress[t] = (t < 6) ? 10 : (t < 12) ? 10 + 10 * (t - 5) : 70 - 10 * (t - 11);
		}
		Forecast risenAndFallen = this.forecaster.forecast(congress, 18);
		assertThat(risenAndFallen.method()).isEqualTo("Mean of the last 12 months (under two years)");
		assertThat(risenAndFallen.total(7, 18)).isCloseTo(480, within(1e-9));

		Forecast two = this.forecaster.forecast(new long[] { 0, 4, 6 }, 2);
		assertThat(two.values()).containsExactly(5, 5);
		assertThat(two.method()).isEqualTo("Mean of 2 months");
	}

	@Test
	void forecastsAreNeverNegative() {
		double[] falling = { 90, 80, 70, 60, 50, 40, 30, 20, 10, 5 };
		for (Forecaster each : new Forecaster[] { this.forecaster, Forecasters.theta(), Forecasters.naive2(),
				Forecasters.seasonalNaive() }) {
			assertThat(months(each.forecast(falling, 18))).allSatisfy((value) -> assertThat(value).isNotNegative());
		}
		assertThat(this.forecaster.forecast(falling, 18).values()[17]).isCloseTo(45.5, within(1e-9));
	}

	@Test
	void negativeOrMissingValuesAndAnEmptyHorizonAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.forecaster.forecast(new double[] { 1, -2, 3 }, 3))
			.withMessage("month 2 of the history is -2.0: values must be finite and not negative");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.forecaster.forecast(new double[] { 1, Double.NaN }, 3));
		assertThatIllegalArgumentException().isThrownBy(() -> this.forecaster.forecast(new double[] { 1, 2 }, 0));
	}

}
