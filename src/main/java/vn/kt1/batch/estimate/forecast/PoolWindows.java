package vn.kt1.batch.estimate.forecast;

import java.util.List;

import static vn.kt1.batch.estimate.forecast.PooledNetwork.LAGS;
import static vn.kt1.batch.estimate.forecast.PooledNetwork.LEVEL;

/**
 * The windows a pool of series gives a {@link PooledNetwork}: every {@value PooledNetwork#LAGS}
 * months of a series whose last {@value PooledNetwork#LEVEL} are not all 0, divided by the
 * mean of those last months (the level), less 1; with the months after it on the same scale
 * (NaN past the end of the series).
 *
 * @param count how many windows
 * @param horizon months after each window
 * @param inputs {@code count x LAGS}, row-major
 * @param targets {@code count x horizon}, row-major
 */
record PoolWindows(int count, int horizon, double[] inputs, double[] targets) {

	/** @return how many windows the pool gives, without making them */
	static int count(List<double[]> pool) {
		int count = 0;
		for (double[] y : pool) {
			for (int t = LAGS; t < y.length; t++) {
				count += (level(y, t - LAGS) > 0) ? 1 : 0;
			}
		}
		return count;
	}

	static PoolWindows of(List<double[]> pool, int horizon) {
		int count = count(pool);
		double[] inputs = new double[count * LAGS];
		double[] targets = new double[count * horizon];
		int w = 0;
		for (double[] y : pool) {
			for (int t = LAGS; t < y.length; t++) {
				double level = level(y, t - LAGS);
				if (level > 0) {
					for (int i = 0; i < LAGS; i++) {
						inputs[w * LAGS + i] = y[t - LAGS + i] / level - 1;
					}
					for (int h = 0; h < horizon; h++) {
						targets[w * horizon + h] = (t + h < y.length) ? y[t + h] / level - 1 : Double.NaN;
					}
					w++;
				}
			}
		}
		return new PoolWindows(count, horizon, inputs, targets);
	}

	/** @return the mean of the last {@value PooledNetwork#LEVEL} of the window of months from {@code from} */
	static double level(double[] y, int from) {
		double sum = 0;
		for (int i = from + LAGS - LEVEL; i < from + LAGS; i++) {
			sum += y[i];
		}
		return sum / LEVEL;
	}

}
