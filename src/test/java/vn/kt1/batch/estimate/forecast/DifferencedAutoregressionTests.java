package vn.kt1.batch.estimate.forecast;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DifferencedAutoregressionTests {

	@Test
	void changesThatHalveEachMonthAreForecastToGoOnHalvingByHand() {
		// changes 64, 32, ..., 1/4: d(t) = 0.5 d(t-1) exactly; the series climbs towards 1,000 + 128
		double[] y = new double[10];
		y[0] = 1000;
		double change = 64;
		for (int t = 1; t < 10; t++) {
			y[t] = y[t - 1] + change;
			change /= 2;
		}

		double[] f = DifferencedAutoregression.forecast(y, 3);

		// last change 0.25: then 0.125, 0.0625, 0.03125
		assertThat(f[0]).isCloseTo(y[9] + 0.125, within(1e-9));
		assertThat(f[1]).isCloseTo(y[9] + 0.125 + 0.0625, within(1e-9));
		assertThat(f[2]).isCloseTo(y[9] + 0.125 + 0.0625 + 0.03125, within(1e-9));
	}

	@Test
	void theDriftIsTheMeanChangeOfTheMonthsEveryOrderIsFittedOn() {
		// changes alternate 1 and 3; every order is fitted on the changes from the fourth on,
		// d(3) .. d(19): nine of 3 and eight of 1, mean 35 / 17
		double[] y = new double[21];
		for (int t = 1; t < y.length; t++) {
			y[t] = y[t - 1] + ((t % 2 == 1) ? 1 : 3);
		}
		double[] d = changes(y);

		double[] drift = DifferencedAutoregression.fit(d, 0, true);
		double[] f = DifferencedAutoregression.forecast(y, d, drift, 2);

		assertThat(drift[1]).isCloseTo(35.0 / 17, within(1e-12));
		assertThat(f[0]).isCloseTo(y[20] + 35.0 / 17, within(1e-9));
		assertThat(f[1]).isCloseTo(y[20] + 2 * 35.0 / 17, within(1e-9));
		// the alternation is an autoregression with phi = -1: not stationary, not a candidate
		assertThat(DifferencedAutoregression.fit(d, 1, true)).isNull();
	}

	@Test
	void tooFewMonthsForAnyOrderCarryTheLastMonthOn() {
		assertThat(DifferencedAutoregression.forecast(new double[] { 5, 9, 7 }, 2)).containsExactly(7, 7);
	}

	private static double[] changes(double[] y) {
		double[] d = new double[y.length - 1];
		for (int t = 1; t < y.length; t++) {
			d[t - 1] = y[t] - y[t - 1];
		}
		return d;
	}

}
