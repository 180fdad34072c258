package vn.kt1.batch.estimate.forecast.ets;

import java.util.Arrays;

/**
 * Starting values of the initial states, as R's {@code forecast:::initstate}: the seasons from
 * a classical decomposition (centred 2x{@code m} moving average) of the first three years (two
 * when that is all there is), the level and slope from a least-squares line through the first
 * {@code max(10, 2m)} seasonally adjusted values. They are then optimised with the smoothing
 * parameters.
 */
final class EtsStart {

	/** The smallest starting multiplicative season, as R. */
	private static final double FLOOR = 1e-2;

	private EtsStart() {
	}

	/**
	 * @return level, slope and the {@code m} seasons ({@code seasons[j]} is used by {@code y[j]});
	 * 0 and 1 (or 0) where the model has none
	 */
	static double[] states(double[] y, EtsModel model, int m) {
		double[] seasons = new double[m];
		double[] adjusted = y.clone();
		if (model.seasonal()) {
			boolean multiplicative = model.season() == EtsModel.Season.MULTIPLICATIVE;
			seasons = figure(y, m, multiplicative);
			for (int t = 0; t < y.length; t++) {
				adjusted[t] = multiplicative ? y[t] / seasons[t % m] : y[t] - seasons[t % m];
			}
		}
		else {
			Arrays.fill(seasons, model.season() == EtsModel.Season.MULTIPLICATIVE ? 1 : 0);
		}
		int first = Math.min(Math.max(10, 2 * m), y.length);
		double level;
		double slope = 0;
		if (model.trended()) {
			double[] line = line(Arrays.copyOf(adjusted, first));
			level = line[0];
			slope = line[1];
		}
		else {
			level = Arrays.stream(adjusted, 0, first).average().orElse(0);
		}
		double[] states = new double[2 + m];
		states[0] = level;
		states[1] = slope;
		System.arraycopy(seasons, 0, states, 2, m);
		return states;
	}

	/** The seasonal figure of the first whole years (three at most, two at least), normalised. */
	private static double[] figure(double[] y, int m, boolean multiplicative) {
		int n = Math.min(3, y.length / m) * m;
		int half = m / 2;
		double[] sums = new double[m];
		int[] counts = new int[m];
		for (int t = half; t < n - half; t++) {
			double trend = 0;
			for (int k = -half; k <= half; k++) {
				trend += ((Math.abs(k) == half && m % 2 == 0) ? 0.5 : 1) * y[t + k];
			}
			trend /= m;
			sums[t % m] += multiplicative ? y[t] / trend : y[t] - trend;
			counts[t % m]++;
		}
		double[] figure = new double[m];
		double mean = 0;
		for (int j = 0; j < m; j++) {
			figure[j] = (counts[j] > 0) ? sums[j] / counts[j] : (multiplicative ? 1 : 0);
			mean += figure[j] / m;
		}
		for (int j = 0; j < m; j++) {
			figure[j] = multiplicative ? Math.max(FLOOR, figure[j] / mean) : figure[j] - mean;
		}
		return figure;
	}

	/** The least-squares line {@code a + b t} through the points at {@code t = 1, 2, ...}: {@code a} is its value at 0. */
	private static double[] line(double[] y) {
		int n = y.length;
		double tMean = (n + 1) / 2.0;
		double yMean = Arrays.stream(y).average().orElse(0);
		double sxy = 0;
		double sxx = 0;
		for (int t = 1; t <= n; t++) {
			sxy += (t - tMean) * (y[t - 1] - yMean);
			sxx += (t - tMean) * (t - tMean);
		}
		double b = (sxx > 0) ? sxy / sxx : 0;
		return new double[] { yMean - b * tMean, b };
	}

}
