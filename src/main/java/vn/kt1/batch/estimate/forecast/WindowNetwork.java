package vn.kt1.batch.estimate.forecast;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

import static vn.kt1.batch.estimate.forecast.PooledNetwork.LAGS;

/**
 * One network: {@code out = relu(x W1 + b1) W2 + b2 + x Wl}, its weights in one array
 * (W1 {@code LAGS x HIDDEN}, b1, W2 {@code HIDDEN x horizon}, b2, Wl {@code LAGS x horizon},
 * row-major) so that Adam updates them in one loop.
 */
final class WindowNetwork {

	static final int HIDDEN = 64;

	static final int BATCH = 512;

	private static final double LEARNING_RATE = 1e-3;

	private static final double BETA1 = 0.9;

	private static final double BETA2 = 0.999;

	private static final double EPSILON = 1e-8;

	private final int horizon;

	private final double[] w;

	private final int b1;

	private final int w2;

	private final int b2;

	private final int wl;

	private WindowNetwork(int horizon) {
		this.horizon = horizon;
		this.b1 = LAGS * HIDDEN;
		this.w2 = this.b1 + HIDDEN;
		this.b2 = this.w2 + HIDDEN * horizon;
		this.wl = this.b2 + horizon;
		this.w = new double[this.wl + LAGS * horizon];
	}

	static WindowNetwork fitted(PoolWindows windows, int seed, int epochs) {
		WindowNetwork net = new WindowNetwork(windows.horizon());
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

	private void fit(PoolWindows windows, Random random, int epochs) {
		int n = windows.count();
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
	private int accumulate(PoolWindows windows, int window, double[] hidden, double[] out, double[] g, double[] gh,
			double[] gradient) {
		double[] x = windows.inputs();
		int from = window * LAGS;
		forward(x, from, hidden, out);
		int counted = 0;
		int target = window * this.horizon;
		for (int h = 0; h < this.horizon; h++) {
			double y = windows.targets()[target + h];
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
