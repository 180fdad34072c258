package vn.kt1.batch.estimate.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PooledNetworkTests {

	/** A year of items with a low start, a flat middle and a December peak. */
	private static final double[] YEAR = { 50, 80, 100, 100, 100, 100, 100, 100, 100, 110, 120, 300 };

	/** Quick training for the tests: one network, few passes. */
	private static final PooledNetwork.Training QUICK = new PooledNetwork.Training(20, 1, 0);

	/** Learnt once for the tests that only read it: 1,000 seasonal series, 24,000 windows. */
	private static PooledNetwork learnt;

	@BeforeAll
	static void learn() {
		learnt = PooledNetwork.train(pool(1_000), 18, QUICK).orElseThrow();
	}

	/** The year repeated for {@code months}, scaled, starting at month {@code phase} of it. */
	private static double[] seasonal(double scale, int phase, int months) {
		double[] y = new double[months];
		for (int t = 0; t < months; t++) {
			y[t] = scale * YEAR[(phase + t) % 12];
		}
		return y;
	}

	/** Series of 48 months, each giving 24 windows of 24 months. */
	private static List<double[]> pool(int series) {
		List<double[]> pool = new ArrayList<>();
		for (int i = 0; i < series; i++) {
			pool.add(seasonal(1 + i % 50, i % 12, 48));
		}
		return pool;
	}

	@Test
	void aPoolOfFewerThanTwentyThousandWindowsGetsNoNetwork() {
		PooledNetwork.Training oneQuickPass = new PooledNetwork.Training(1, 1, PooledNetwork.MIN_WINDOWS);

		// 833 x 24 = 19,992 windows; 834 x 24 = 20,016
		assertThat(PooledNetwork.train(pool(833), 18)).isEmpty();
		assertThat(PooledNetwork.train(pool(834), 18, oneQuickPass)).isPresent();
	}

	@Test
	void windowsWhoseLastYearIsEmptyAreNotCounted() {
		List<double[]> pool = pool(834);
		pool.set(0, new double[48]);

		// 833 x 24 windows again: the empty series' 24 have no level to scale by
		assertThat(PooledNetwork.train(pool, 18, new PooledNetwork.Training(1, 1, PooledNetwork.MIN_WINDOWS)))
			.isEmpty();
	}

	@Test
	void itLearnsFromThePoolToRepeatASeasonalPattern() {
		PooledNetwork network = learnt;

		// a series it has not seen: scale 37, starting in June; the 18 months after its 36 go on
		// with the same year (month 37 is the year's month (5 + 36) % 12 = 5, a June: 3,700)
		double[] f = network.forecast(seasonal(37, 5, 36));

		double[] expected = seasonal(37, 5, 54);
		assertThat(f).hasSize(18);
		for (int h = 0; h < 18; h++) {
			assertThat(f[h]).as("month %d", h + 1).isCloseTo(expected[36 + h], within(0.05 * expected[36 + h]));
		}
		assertThat(f[0]).isCloseTo(3_700, within(185.0));
		assertThat(f[6]).isCloseTo(37 * 300, within(0.05 * 37 * 300));
	}

	@Test
	void aSeriesTenTimesLargerGetsForecastsTenTimesLarger() {
		PooledNetwork network = learnt;
		double[] history = { 3, 5, 4, 6, 8, 7, 9, 12, 10, 11, 14, 20,
				13, 15, 14, 16, 18, 17, 19, 22, 20, 21, 24, 30 };
		double[] larger = new double[history.length];
		for (int t = 0; t < history.length; t++) {
			larger[t] = 10 * history[t];
		}

		double[] f = network.forecast(history);
		double[] g = network.forecast(larger);

		for (int h = 0; h < 18; h++) {
			assertThat(g[h]).isCloseTo(10 * f[h], within(1e-9 * g[h]));
		}
	}

	@Test
	void aSeriesGrowingFastIsNotCarriedPastTwiceItsHighestMonth() {
		// 1,000 series growing 10 % a month: the network learns to go on growing, 1.1^18 = 5.6
		// times the last month by month 18
		List<double[]> pool = new ArrayList<>();
		for (int i = 0; i < 1_000; i++) {
			double[] y = new double[48];
			for (int t = 0; t < 48; t++) {
				y[t] = (1 + i % 9) * Math.pow(1.1, t);
			}
			pool.add(y);
		}
		PooledNetwork network = PooledNetwork.train(pool, 18, QUICK).orElseThrow();
		double[] history = new double[24];
		for (int t = 0; t < 24; t++) {
			history[t] = 100 * Math.pow(1.1, t);
		}
		double highest = history[23];

		double[] f = network.forecast(history);

		assertThat(f[0]).isCloseTo(1.1 * highest, within(0.05 * highest));
		assertThat(f[17]).isEqualTo(2 * highest);
		for (double month : f) {
			assertThat(month).isLessThanOrEqualTo(2 * highest);
		}
	}

	@Test
	void aSeriesWithoutItemsInItsLastYearIsForecastZero() {
		PooledNetwork network = learnt;
		double[] history = seasonal(5, 0, 36);
		for (int t = 24; t < 36; t++) {
			history[t] = 0;
		}

		assertThat(network.forecast(history)).containsOnly(0);
	}

	@Test
	void theSamePoolGivesTheSameForecasts() {
		PooledNetwork.Training three = new PooledNetwork.Training(2, 3, 0);
		double[] history = seasonal(3, 2, 30);

		double[] first = PooledNetwork.train(pool(300), 18, three).orElseThrow().forecast(history);
		double[] again = PooledNetwork.train(pool(300), 18, three).orElseThrow().forecast(history);

		assertThat(again).containsExactly(first);
	}

	@Test
	void inTheCombinationTheNetworkHasAQuarterAndTheEightMembersTheRest() {
		PooledNetwork network = learnt;
		double[] history = new double[36];
		for (int t = 0; t < 36; t++) {
			history[t] = 100 + 2 * t + ((t % 12 == 11) ? 60 : 0);
		}

		Map<String, double[]> forecasts = new CombinedForecaster(network, "test").withMembers(history, 18);
		String method = new CombinedForecaster(network, "test").forecast(history, 18).method();

		assertThat(forecasts).containsKey(CombinedForecaster.NETWORK).hasSize(10);
		for (int h = 0; h < 18; h++) {
			double members = 0;
			for (Map.Entry<String, double[]> one : forecasts.entrySet()) {
				String name = one.getKey();
				if (!name.equals(CombinedForecaster.NAME) && !name.equals(CombinedForecaster.NETWORK)) {
					members += one.getValue()[h] / 8;
				}
			}
			double expected = 0.75 * members + 0.25 * forecasts.get(CombinedForecaster.NETWORK)[h];
			assertThat(forecasts.get(CombinedForecaster.NAME)[h]).isCloseTo(expected, within(1e-9 * expected));
		}
		assertThat(method).startsWith("Mean of ETS, Theta, SES, damped, optimised Theta, ARIMA and aggregates, "
				+ "a quarter from a network learnt from all series");
	}

	@Test
	void withoutAPoolTheCombinationIsTheMeanOfTheEight() {
		double[] history = seasonal(4, 3, 36);

		Map<String, double[]> forecasts = Forecasters.standard().withMembers(history, 18);

		assertThat(forecasts).doesNotContainKey(CombinedForecaster.NETWORK).hasSize(9);
		double members = 0;
		for (Map.Entry<String, double[]> one : forecasts.entrySet()) {
			members += one.getKey().equals(CombinedForecaster.NAME) ? 0 : one.getValue()[0] / 8;
		}
		assertThat(forecasts.get(CombinedForecaster.NAME)[0]).isCloseTo(members, within(1e-9 * members));
	}

}
