package vn.kt1.batch.estimate.forecast;

/**
 * The Theta method with its theta optimised (Fiorucci et al. 2016, "Models for optimising the
 * theta method and their relationship to state space models", IJF 32): the theta line
 * {@code Z(t) = theta y(t) + (1 - theta)(A + B t)}, {@code A + B t} the least-squares line, is
 * smoothed by SES (level {@code l}), and the one-step forecast is
 * {@code (1 - 1/theta)(A + B t) + l(t-1) / theta}. With {@code theta = 2} this is the Theta
 * method of Assimakopoulos and Nikolopoulos (2000): half the line, half SES on twice the data
 * minus the line. {@code alpha}, {@code theta} (from 1 to {@link #THETA_HIGH}) and the initial
 * level are chosen together by Nelder-Mead on the in-sample sum of squared one-step errors.
 * Dynamic: the line is the least-squares line of the months up to each one (the dynamic
 * optimised Theta model); static: of the whole history.
 */
final class OptimisedTheta {

	static final double THETA_HIGH = 10;

	private static final double LOW = 1e-4;

	private static final double HIGH = 0.9999;

	private OptimisedTheta() {
	}

	/** Forecasts of a series of at least 3 points, without seasonality. */
	static double[] forecast(double[] y, int horizon, boolean dynamic) {
		double scale = Series.meanAbs(y);
		scale = (scale > 0) ? scale : 1;
		double[] x = new double[y.length];
		for (int t = 0; t < y.length; t++) {
			x[t] = y[t] / scale;
		}
		double[] start = { 0.5, 2, x[0] };
		double[] best = start;
		for (int round = 0; round < 2; round++) {
			best = NelderMead.minimize((q) -> sse(x, q, dynamic), best, new double[] { 0.1, 0.5, 0.1 }, 600, 1e-10);
		}
		double[] f = forecast(x, best[0], best[1], best[2], dynamic, horizon);
		for (int h = 0; h < horizon; h++) {
			f[h] *= scale;
		}
		return f;
	}

	private static double sse(double[] x, double[] q, boolean dynamic) {
		if (q[0] < LOW || q[0] > HIGH || q[1] < 1 || q[1] > THETA_HIGH) {
			return Double.MAX_VALUE;
		}
		double[] sse = new double[1];
		run(x, q[0], q[1], q[2], dynamic, sse);
		return sse[0];
	}

	/** Forecasts with given parameters (for the tests). */
	static double[] forecast(double[] x, double alpha, double theta, double level0, boolean dynamic, int horizon) {
		double[] end = run(x, alpha, theta, level0, dynamic, null);
		double[] f = new double[horizon];
		int n = x.length;
		for (int h = 1; h <= horizon; h++) {
			f[h - 1] = (1 - 1 / theta) * (end[1] + end[2] * (n + h)) + end[0] / theta;
		}
		return f;
	}

	/** @return the final level and the line's intercept and slope (time 1 to n) */
	private static double[] run(double[] x, double alpha, double theta, double level0, boolean dynamic, double[] sse) {
		int n = x.length;
		Line line = new Line();
		if (!dynamic) {
			for (int t = 1; t <= n; t++) {
				line.add(t, x[t - 1]);
			}
		}
		double a = dynamic ? level0 : line.intercept();
		double b = dynamic ? 0 : line.slope();
		double l = level0;
		double sum = 0;
		for (int t = 1; t <= n; t++) {
			double e = x[t - 1] - ((1 - 1 / theta) * (a + b * t) + l / theta);
			sum += e * e;
			if (dynamic) {
				line.add(t, x[t - 1]);
				a = line.intercept();
				b = line.slope();
			}
			l = alpha * (theta * x[t - 1] + (1 - theta) * (a + b * t)) + (1 - alpha) * l;
		}
		if (sse != null) {
			sse[0] = sum;
		}
		return new double[] { l, a, b };
	}

	/** The least-squares line through the points added so far (flat through their mean with one). */
	private static final class Line {

		private double count;

		private double st;

		private double sy;

		private double stt;

		private double sty;

		void add(double t, double y) {
			this.count++;
			this.st += t;
			this.sy += y;
			this.stt += t * t;
			this.sty += t * y;
		}

		double slope() {
			double sxx = this.stt - this.st * this.st / this.count;
			return (this.count < 2 || sxx <= 0) ? 0 : (this.sty - this.st * this.sy / this.count) / sxx;
		}

		double intercept() {
			return (this.sy - slope() * this.st) / this.count;
		}

	}

}
