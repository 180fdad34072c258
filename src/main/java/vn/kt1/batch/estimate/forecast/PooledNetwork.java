package vn.kt1.batch.estimate.forecast;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A forecaster learnt from many series at once (a global model, as in Montero-Manso and
 * Hyndman, 2021, "Principles and algorithms for forecasting groups of time series: locality
 * and globality", IJF 37): one small neural network maps the last {@value #LAGS} months of any
 * series, divided by the mean of their last {@value #LEVEL}, to each of the next months on the
 * same scale. It sees how thousands of series went on from a shape of two years, which a
 * method fitted to one series alone cannot; its errors differ from those of the local
 * members, which is what a combination needs.
 * <p>
 * Every window of {@value #LAGS} months of every series of the pool is a training example,
 * with as many of the following months as the series has (a month past its end does not count);
 * a window whose level is 0 is left out ({@link PoolWindows}). The network
 * ({@link WindowNetwork}) has one hidden layer of {@value WindowNetwork#HIDDEN} rectified units
 * beside a linear path from input to output, is fitted to the mean absolute error of the
 * scaled months (close to the relative errors sMAPE measures) by Adam (Kingma and Ba, 2015)
 * over {@value #EPOCHS} passes in batches of {@value WindowNetwork#BATCH}, and {@value #SEEDS}
 * networks from different random starts are fitted; a forecast is their median, month by month.
 * Everything is seeded: the same pool gives the same forecasts on any machine and any number of
 * threads.
 * <p>
 * Written here rather than taken from a library: at 18 months ahead it is 3,202 weights
 * trained on one pool per forecast run, and plain loops over arrays fit the 107,586 windows of
 * M3's training parts five times over in 54 s on two cores (docs/accuracy.md, 2026-12-08). A
 * pool of fewer than {@value #MIN_WINDOWS} windows (about six per weight) gets no network.
 */
final class PooledNetwork {

	/** Months the network reads. */
	static final int LAGS = 24;

	/** Months whose mean is the scale of a window. */
	static final int LEVEL = 12;

	static final int EPOCHS = 40;

	static final int SEEDS = 5;

	static final int MIN_WINDOWS = 20_000;

	/**
	 * A forecast is kept within this many times the highest month read: beyond it the network
	 * would extrapolate past anything it learnt from (on M3 its forecasts reach at most 1.20
	 * times that month on the validation origins, 1.12 on the test parts, so the ceiling there
	 * changes nothing).
	 */
	static final double CEILING = 2;

	/** How the estimate trains it. */
	static final Training STANDARD = new Training(EPOCHS, SEEDS, MIN_WINDOWS);

	private final int horizon;

	private final List<WindowNetwork> nets;

	private PooledNetwork(int horizon, List<WindowNetwork> nets) {
		this.horizon = horizon;
		this.nets = nets;
	}

	/**
	 * @param pool the series to learn from (non-negative months, oldest first)
	 * @param horizon months to forecast
	 * @return the network, or empty when the pool has fewer than {@value #MIN_WINDOWS} windows
	 */
	static Optional<PooledNetwork> train(List<double[]> pool, int horizon) {
		return train(pool, horizon, STANDARD);
	}

	static Optional<PooledNetwork> train(List<double[]> pool, int horizon, Training training) {
		if (PoolWindows.count(pool) < training.minWindows()) {
			return Optional.empty();
		}
		PoolWindows windows = PoolWindows.of(pool, horizon);
		List<WindowNetwork> nets = IntStream.range(0, training.seeds())
			.parallel()
			.mapToObj((seed) -> WindowNetwork.fitted(windows, seed, training.epochs()))
			.toList();
		return Optional.of(new PooledNetwork(horizon, nets));
	}

	/**
	 * @return how many windows the pool gives: those of {@value #LAGS} months whose last
	 * {@value #LEVEL} are not all 0
	 */
	static int windows(List<double[]> pool) {
		return PoolWindows.count(pool);
	}

	int horizon() {
		return this.horizon;
	}

	/**
	 * @param history at least one month
	 * @return the median of the networks' forecasts, floored at 0 and kept within
	 * {@value #CEILING} times the highest of the months read; zeros when the last
	 * {@value #LEVEL} months are all 0
	 */
	double[] forecast(double[] history) {
		double[] x = new double[LAGS];
		int n = history.length;
		double pad = Series.mean(Arrays.copyOf(history, Math.min(LEVEL, n)));
		for (int i = 0; i < LAGS; i++) {
			int t = n - LAGS + i;
			x[i] = (t >= 0) ? history[t] : pad;
		}
		double level = PoolWindows.level(x, 0);
		double[] f = new double[this.horizon];
		if (level <= 0) {
			return f;
		}
		double ceiling = CEILING * Arrays.stream(x).max().orElse(0);
		for (int i = 0; i < LAGS; i++) {
			x[i] = x[i] / level - 1;
		}
		double[][] each = new double[this.nets.size()][];
		for (int k = 0; k < each.length; k++) {
			each[k] = this.nets.get(k).output(x, 0);
		}
		double[] column = new double[each.length];
		for (int h = 0; h < this.horizon; h++) {
			for (int k = 0; k < each.length; k++) {
				column[k] = each[k][h];
			}
			Arrays.sort(column);
			double median = (column.length % 2 == 1) ? column[column.length / 2]
					: (column[column.length / 2 - 1] + column[column.length / 2]) / 2;
			f[h] = Math.min(ceiling, Math.max(0, level * (1 + median)));
		}
		return f;
	}

	/**
	 * @param epochs passes over the windows
	 * @param seeds networks fitted from different random starts
	 * @param minWindows the fewest windows a pool needs for a network
	 */
	record Training(int epochs, int seeds, int minWindows) {
	}

}
