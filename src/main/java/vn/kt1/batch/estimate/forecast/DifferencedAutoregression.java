package vn.kt1.batch.estimate.forecast;

/**
 * ARIMA(p,1,0) with or without drift, fitted by conditional least squares: the month-to-month
 * changes {@code d(t) = y(t) - y(t-1)} regressed on a constant (the drift) and their own
 * {@code p} previous values, {@code p} from 0 to {@link #MAX_ORDER}, every order fitted on the
 * same months and the model with the lowest AICc kept (as R's {@code auto.arima} compares
 * orders, without its moving-average terms). The changes are forecast recursively and summed
 * onto the last month. An autoregression that is not clearly stationary (the sum of the
 * absolute coefficients 1 or more) is not a candidate. With too few months for any model the
 * last month is carried on (the random walk).
 */
final class DifferencedAutoregression {

	static final int MAX_ORDER = 3;

	/** An autoregression whose absolute coefficients sum to within this of 1 is taken as not stationary. */
	private static final double STATIONARY_MARGIN = 1e-6;

	private DifferencedAutoregression() {
	}

	/** Forecasts of a series of at least 2 points. */
	static double[] forecast(double[] series, int horizon) {
		double scale = Series.meanAbs(series);
		scale = (scale > 0) ? scale : 1;
		int n = series.length;
		double[] y = new double[n];
		for (int t = 0; t < n; t++) {
			y[t] = series[t] / scale;
		}
		double[] d = new double[n - 1];
		for (int t = 1; t < n; t++) {
			d[t - 1] = y[t] - y[t - 1];
		}
		// too few months for any order: the random walk (the last month carried on)
		double[] best = { 0, 0 };
		double bestCriterion = Double.POSITIVE_INFINITY;
		for (int p = 0; p <= MAX_ORDER; p++) {
			for (boolean drift : new boolean[] { false, true }) {
				double[] fit = fit(d, p, drift);
				if (fit != null && fit[0] < bestCriterion) {
					bestCriterion = fit[0];
					best = fit;
				}
			}
		}
		double[] f = forecast(y, d, best, horizon);
		for (int h = 0; h < horizon; h++) {
			f[h] *= scale;
		}
		return f;
	}

	/**
	 * @return {AICc, drift, phi 1..p}, or null when the regression is singular or not stationary
	 */
	static double[] fit(double[] d, int p, boolean drift) {
		int k = p + (drift ? 1 : 0);
		int m = d.length - MAX_ORDER;
		double[][] xtx = new double[k][k];
		double[] xty = new double[k];
		double[] row = new double[k];
		for (int t = MAX_ORDER; t < d.length; t++) {
			regressors(d, t, p, drift, row);
			for (int i = 0; i < k; i++) {
				xty[i] += row[i] * d[t];
				for (int j = 0; j < k; j++) {
					xtx[i][j] += row[i] * row[j];
				}
			}
		}
		double[] beta = (k == 0) ? new double[0] : solve(xtx, xty);
		if (beta == null) {
			return null;
		}
		double sse = 0;
		for (int t = MAX_ORDER; t < d.length; t++) {
			regressors(d, t, p, drift, row);
			double e = d[t];
			for (int i = 0; i < k; i++) {
				e -= beta[i] * row[i];
			}
			sse += e * e;
		}
		double[] result = new double[2 + p];
		result[1] = drift ? beta[0] : 0;
		double sum = 0;
		for (int i = 0; i < p; i++) {
			result[2 + i] = beta[(drift ? 1 : 0) + i];
			sum += Math.abs(result[2 + i]);
		}
		if (sum >= 1 - STATIONARY_MARGIN || m - k - 2 <= 0) {
			return null;
		}
		int parameters = k + 1;
		double variance = Math.max(sse / m, 1e-300);
		result[0] = m * Math.log(variance) + 2 * parameters + 2.0 * parameters * (parameters + 1) / (m - parameters - 1);
		return result;
	}

	private static void regressors(double[] d, int t, int p, boolean drift, double[] row) {
		int i = 0;
		if (drift) {
			row[i++] = 1;
		}
		for (int lag = 1; lag <= p; lag++) {
			row[i++] = d[t - lag];
		}
	}

	static double[] forecast(double[] y, double[] d, double[] model, int horizon) {
		int p = model.length - 2;
		double[] changes = new double[d.length + horizon];
		System.arraycopy(d, 0, changes, 0, d.length);
		double[] f = new double[horizon];
		double last = y[y.length - 1];
		for (int h = 0; h < horizon; h++) {
			int t = d.length + h;
			double change = model[1];
			for (int lag = 1; lag <= p; lag++) {
				change += model[1 + lag] * changes[t - lag];
			}
			changes[t] = change;
			last += change;
			f[h] = last;
		}
		return f;
	}

	/** Solves a small symmetric system by Gaussian elimination with partial pivoting; null if singular. */
	private static double[] solve(double[][] a, double[] b) {
		int k = b.length;
		double[][] m = new double[k][k + 1];
		for (int i = 0; i < k; i++) {
			System.arraycopy(a[i], 0, m[i], 0, k);
			m[i][k] = b[i];
		}
		for (int c = 0; c < k; c++) {
			int pivot = c;
			for (int r = c + 1; r < k; r++) {
				if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
					pivot = r;
				}
			}
			if (Math.abs(m[pivot][c]) < 1e-12 * (1 + Math.abs(m[c][c]))) {
				return null;
			}
			double[] swap = m[c];
			m[c] = m[pivot];
			m[pivot] = swap;
			for (int r = c + 1; r < k; r++) {
				double factor = m[r][c] / m[c][c];
				for (int j = c; j <= k; j++) {
					m[r][j] -= factor * m[c][j];
				}
			}
		}
		double[] x = new double[k];
		for (int i = k - 1; i >= 0; i--) {
			double sum = m[i][k];
			for (int j = i + 1; j < k; j++) {
				sum -= m[i][j] * x[j];
			}
			x[i] = sum / m[i][i];
		}
		return x;
	}

}
