package vn.kt1.batch.estimate.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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
 * a window whose level is 0 is left out. The network has one hidden layer of {@value #HIDDEN}
 * rectified units beside a linear path from input to output, is fitted to the mean absolute
 * error of the scaled months (close to the relative errors sMAPE measures) by Adam (Kingma and
 * Ba, 2015) over {@value #EPOCHS} passes in batches of {@value #BATCH}, and {@value #SEEDS}
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

	static final int HIDDEN = 64;

	static final int EPOCHS = 40;

	static final int BATCH = 512;

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

	private static final double LEARNING_RATE = 1e-3;

	private static final double BETA1 = 0.9;

	private static final double BETA2 = 0.999;

	private static final double EPSILON = 1e-8;

	private final int horizon;

	private final List<Net> nets;

	private PooledNetwork(int horizon, List<Net> nets) {
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
		Windows windows = Windows.of(pool, horizon);
		if (windows.count < training.minWindows()) {
			return Optional.empty();
		}
		List<Net> nets = IntStream.range(0, training.seeds())
			.parallel()
			.mapToObj((seed) -> Net.fitted(windows, seed, training.epochs()))
			.toList();
		return Optional.of(new PooledNetwork(horizon, nets));
	}

	/**
	 * @return how many windows the pool gives: those of {@value #LAGS} months whose last
	 * {@value #LEVEL} are not all 0
	 */
	static int windows(List<double[]> pool) {
		int count = 0;
		for (double[] y : pool) {
			for (int t = LAGS; t < y.length; t++) {
				count += (level(y, t - LAGS) > 0) ? 1 : 0;
			}
		}
		return count;
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
		double level = level(x, 0);
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

	private static double level(double[] window, int from) {
		double sum = 0;
		for (int i = from + LAGS - LEVEL; i < from + LAGS; i++) {
			sum += window[i];
		}
		return sum / LEVEL;
	}

	/**
	 * @param epochs passes over the windows
	 * @param seeds networks fitted from different random starts
	 * @param minWindows the fewest windows a pool needs for a network
	 */
	record Training(int epochs, int seeds, int minWindows) {
	}

	/**
	 * The pool's windows, scaled: inputs {@code count x LAGS}, targets {@code count x horizon}
	 * (NaN past the end of the series).
	 */
	private static final class Windows {

		private final int count;

		private final int horizon;

		private final double[] inputs;

		private final double[] targets;

		private Windows(int count, int horizon, double[] inputs, double[] targets) {
			this.count = count;
			this.horizon = horizon;
			this.inputs = inputs;
			this.targets = targets;
		}

		static Windows of(List<double[]> pool, int horizon) {
			List<double[]> inputs = new ArrayList<>();
			List<double[]> targets = new ArrayList<>();
			for (double[] y : pool) {
				for (int t = LAGS; t < y.length; t++) {
					double level = level(y, t - LAGS);
					if (level <= 0) {
						continue;
					}
					double[] x = new double[LAGS];
					for (int i = 0; i < LAGS; i++) {
						x[i] = y[t - LAGS + i] / level - 1;
					}
					double[] target = new double[horizon];
					for (int h = 0; h < horizon; h++) {
						target[h] = (t + h < y.length) ? y[t + h] / level - 1 : Double.NaN;
					}
					inputs.add(x);
					targets.add(target);
				}
			}
			int count = inputs.size();
			double[] in = new double[count * LAGS];
			double[] out = new double[count * horizon];
			for (int w = 0; w < count; w++) {
				System.arraycopy(inputs.get(w), 0, in, w * LAGS, LAGS);
				System.arraycopy(targets.get(w), 0, out, w * horizon, horizon);
			}
			return new Windows(count, horizon, in, out);
		}

	}

	/**
	 * One network: {@code out = relu(x W1 + b1) W2 + b2 + x Wl}, its weights in one array
	 * (W1 {@code LAGS x HIDDEN}, b1, W2 {@code HIDDEN x horizon}, b2, Wl {@code LAGS x horizon},
	 * row-major) so that Adam updates them in one loop.
	 */
	private static final class Net {

		private final int horizon;

		private final double[] w;

		private final int b1;

		private final int w2;

		private final int b2;

		private final int wl;

		private Net(int horizon) {
			this.horizon = horizon;
			this.b1 = LAGS * HIDDEN;
			this.w2 = this.b1 + HIDDEN;
			this.b2 = this.w2 + HIDDEN * horizon;
			this.wl = this.b2 + horizon;
			this.w = new double[this.wl + LAGS * horizon];
		}

		static Net fitted(Windows windows, int seed, int epochs) {
			Net net = new Net(windows.horizon);
			Random random = new Random(seed);
			for (int i = 0; i < net.b1; i++) {
				net.w[i] = random.nextGaussian() / Math.sqrt(LAGS);
			}
			for (int i = net.w2; i < net.b2; i++) {
				net.w[i] = random.nextGaussian() / Math.sqrt(HIDDEN) * 0.1;
			}
			net.fit(windows, random, epochs);
			return net;
		}

		/** The output for the scaled input at {@code x[from..from+LAGS)}. */
		double[] output(double[] x, int from) {
			double[] hidden = new double[HIDDEN];
			double[] out = new double[this.horizon];
			forward(x, from, hidden, out);
			return out;
		}

		private void forward(double[] x, int from, double[] hidden, double[] out) {
			double[] w = this.w;
			System.arraycopy(w, this.b1, hidden, 0, HIDDEN);
			System.arraycopy(w, this.b2, out, 0, this.horizon);
			for (int i = 0; i < LAGS; i++) {
				double xi = x[from + i];
				int row = i * HIDDEN;
				for (int j = 0; j < HIDDEN; j++) {
					hidden[j] += xi * w[row + j];
				}
				int linear = this.wl + i * this.horizon;
				for (int h = 0; h < this.horizon; h++) {
					out[h] += xi * w[linear + h];
				}
			}
			for (int j = 0; j < HIDDEN; j++) {
				double a = Math.max(0, hidden[j]);
				hidden[j] = a;
				if (a != 0) {
					int row = this.w2 + j * this.horizon;
					for (int h = 0; h < this.horizon; h++) {
						out[h] += a * w[row + h];
					}
				}
			}
		}

		private void fit(Windows windows, Random random, int epochs) {
			int n = windows.count;
			int[] order = IntStream.range(0, n).toArray();
			double[] gradient = new double[this.w.length];
			double[] m = new double[this.w.length];
			double[] v = new double[this.w.length];
			double[] hidden = new double[HIDDEN];
			double[] out = new double[this.horizon];
			double[] g = new double[this.horizon];
			double[] gh = new double[HIDDEN];
			int step = 0;
			for (int epoch = 0; epoch < epochs; epoch++) {
				shuffle(order, random);
				for (int start = 0; start < n; start += BATCH) {
					int end = Math.min(n, start + BATCH);
					Arrays.fill(gradient, 0);
					int counted = 0;
					for (int b = start; b < end; b++) {
						counted += accumulate(windows, order[b], hidden, out, g, gh, gradient);
					}
					step++;
					adam(gradient, Math.max(1, counted), m, v, step);
				}
			}
		}

		/** Adds one window's gradient of the summed absolute error; @return the months it counted. */
		private int accumulate(Windows windows, int window, double[] hidden, double[] out, double[] g, double[] gh,
				double[] gradient) {
			double[] x = windows.inputs;
			int from = window * LAGS;
			forward(x, from, hidden, out);
			int counted = 0;
			int target = window * this.horizon;
			for (int h = 0; h < this.horizon; h++) {
				double y = windows.targets[target + h];
				if (Double.isNaN(y)) {
					g[h] = 0;
				}
				else {
					g[h] = Math.signum(out[h] - y);
					counted++;
				}
			}
			double[] w = this.w;
			for (int h = 0; h < this.horizon; h++) {
				gradient[this.b2 + h] += g[h];
			}
			for (int j = 0; j < HIDDEN; j++) {
				double a = hidden[j];
				double back = 0;
				if (a > 0) {
					int row = this.w2 + j * this.horizon;
					for (int h = 0; h < this.horizon; h++) {
						gradient[row + h] += a * g[h];
						back += g[h] * w[row + h];
					}
				}
				gh[j] = back;
				gradient[this.b1 + j] += back;
			}
			for (int i = 0; i < LAGS; i++) {
				double xi = x[from + i];
				if (xi == 0) {
					continue;
				}
				int row = i * HIDDEN;
				for (int j = 0; j < HIDDEN; j++) {
					gradient[row + j] += xi * gh[j];
				}
				int linear = this.wl + i * this.horizon;
				for (int h = 0; h < this.horizon; h++) {
					gradient[linear + h] += xi * g[h];
				}
			}
			return counted;
		}

		private void adam(double[] gradient, int counted, double[] m, double[] v, int step) {
			double c1 = 1 - Math.pow(BETA1, step);
			double c2 = 1 - Math.pow(BETA2, step);
			for (int i = 0; i < this.w.length; i++) {
				double gi = gradient[i] / counted;
				m[i] = BETA1 * m[i] + (1 - BETA1) * gi;
				v[i] = BETA2 * v[i] + (1 - BETA2) * gi * gi;
				this.w[i] -= LEARNING_RATE * (m[i] / c1) / (Math.sqrt(v[i] / c2) + EPSILON);
			}
		}

		private static void shuffle(int[] order, Random random) {
			for (int i = order.length - 1; i > 0; i--) {
				int j = random.nextInt(i + 1);
				int swap = order[i];
				order[i] = order[j];
				order[j] = swap;
			}
		}

	}

}
