package vn.kt1.batch.estimate.forecast;

import java.util.Arrays;

/**
 * Multiplicative seasonal indices by classical decomposition: a centred 2x{@code m} moving
 * average as the trend, the mean ratio of each season to it, indices normalised to average 1
 * (as R's {@code decompose}). They are used only when the series has enough full seasons and
 * passes the seasonality test of the M3 and M4 benchmarks: the autocorrelation at lag
 * {@code m} exceeds {@code 1.645 sqrt((1 + 2 sum r(k)^2, k < m) / n)} (Bartlett's variance,
 * the 90 % test of Makridakis and Hibon, 2000).
 * <p>
 * Optionally the indices are shrunk towards 1 by the James-Stein factor of Miller and
 * Williams (2003, "Shrinkage estimators of time series seasonal factors and their effect on
 * forecasting accuracy", IJF 19): {@code 1 - (m - 3) v / sum (S(i) - 1)^2}, where {@code v}
 * is the mean variance of an index estimated from the spread of the yearly ratios around it.
 * Noisy indices of a short series are pulled towards no seasonality; clear ones hardly move.
 */
final class SeasonalIndices {

	/** The floor of an index, so that a month that is always empty cannot divide by zero. */
	private static final double FLOOR = 0.05;

	private static final double T_CRITICAL = 1.645;

	private final double[] indices;

	private SeasonalIndices(double[] indices) {
		this.indices = indices;
	}

	/** Indices of 1: no seasonal adjustment. */
	static SeasonalIndices none(int period) {
		double[] ones = new double[period];
		Arrays.fill(ones, 1);
		return new SeasonalIndices(ones);
	}

	/**
	 * The indices of {@code y} when it has at least {@code minSeasons} full seasons and passes
	 * the test, else none.
	 */
	static SeasonalIndices of(double[] y, int period, int minSeasons, boolean shrink) {
		if (period < 2 || y.length < minSeasons * period || !isSeasonal(y, period)) {
			return none(period);
		}
		return new SeasonalIndices(decompose(y, period, shrink));
	}

	static boolean isSeasonal(double[] y, int period) {
		double[] r = Series.autocorrelations(y, period);
		double sum = 1;
		for (int k = 1; k < period; k++) {
			sum += 2 * r[k] * r[k];
		}
		return Math.abs(r[period]) > T_CRITICAL / Math.sqrt(y.length) * Math.sqrt(sum);
	}

	private static double[] decompose(double[] y, int period, boolean shrink) {
		double[][] ratios = ratios(y, period);
		double[] figure = new double[period];
		for (int i = 0; i < period; i++) {
			figure[i] = (ratios[i].length > 0) ? Series.mean(ratios[i]) : 1;
		}
		double mean = Series.mean(figure);
		double spread = 0;
		double squares = 0;
		int count = 0;
		double variance = 0;
		for (int i = 0; i < period; i++) {
			for (double ratio : ratios[i]) {
				squares += (ratio - figure[i]) * (ratio - figure[i]) / (mean * mean);
				count++;
			}
			figure[i] /= mean;
			spread += (figure[i] - 1) * (figure[i] - 1);
		}
		if (shrink && spread > 0) {
			double pooled = squares / Math.max(1, count - period);
			for (double[] season : ratios) {
				variance += pooled / Math.max(1, season.length) / period;
			}
			double factor = Math.max(0, 1 - (period - 3) * variance / spread);
			for (int i = 0; i < period; i++) {
				figure[i] = 1 + factor * (figure[i] - 1);
			}
		}
		for (int i = 0; i < period; i++) {
			figure[i] = Math.max(FLOOR, figure[i]);
		}
		return figure;
	}

	/** The ratios of each season to the centred moving average, where that is positive. */
	private static double[][] ratios(double[] y, int period) {
		int n = y.length;
		int half = period / 2;
		double[][] ratios = new double[period][n / period + 1];
		int[] counts = new int[period];
		for (int t = half; t < n - half; t++) {
			double trend = 0;
			for (int k = -half; k <= half; k++) {
				double weight = (Math.abs(k) == half && period % 2 == 0) ? 0.5 : 1;
				trend += weight * y[t + k];
			}
			trend /= period;
			if (trend > 0) {
				ratios[t % period][counts[t % period]++] = y[t] / trend;
			}
		}
		for (int i = 0; i < period; i++) {
			ratios[i] = Arrays.copyOf(ratios[i], counts[i]);
		}
		return ratios;
	}

	boolean isNone() {
		for (double index : this.indices) {
			if (index != 1) {
				return false;
			}
		}
		return true;
	}

	/** The index of position {@code t} (0 = the first month of the history). */
	double at(int t) {
		return this.indices[t % this.indices.length];
	}

	double[] adjust(double[] y) {
		double[] adjusted = new double[y.length];
		for (int t = 0; t < y.length; t++) {
			adjusted[t] = y[t] / at(t);
		}
		return adjusted;
	}

	/** Re-seasonalises forecasts of the months after a history of {@code n} months. */
	double[] reseasonalise(double[] forecast, int n) {
		double[] seasonal = new double[forecast.length];
		for (int h = 0; h < forecast.length; h++) {
			seasonal[h] = forecast[h] * at(n + h);
		}
		return seasonal;
	}

}
