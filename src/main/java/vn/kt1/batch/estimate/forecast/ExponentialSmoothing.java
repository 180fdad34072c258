package vn.kt1.batch.estimate.forecast;

import java.util.Arrays;

/**
 * Exponential smoothing without seasonality, in the error-correction form of Hyndman et al.
 * (2008, ch. 2): simple (SES), Holt's linear trend and the damped trend of Gardner and
 * McKenzie (1985). Smoothing parameters and initial states are chosen together by Nelder-Mead
 * on the in-sample sum of squared one-step errors, within the bounds of R's {@code ets}:
 * {@code 0 < beta < alpha < 1}, {@code 0.8 <= phi <= 0.98}.
 *
 * <pre>
 * e(t) = y(t) - l(t-1) - phi b(t-1)
 * l(t) = l(t-1) + phi b(t-1) + alpha e(t)
 * b(t) = phi b(t-1) + beta e(t)
 * y(n+h) = l(n) + (phi + ... + phi^h) b(n)
 * </pre>
 */
final class ExponentialSmoothing {

	enum Trend {

		NONE, LINEAR, DAMPED

	}

	private static final double LOW = 1e-4;

	private static final double HIGH = 0.9999;

	private static final double PHI_LOW = 0.8;

	private static final double PHI_HIGH = 0.98;

	private final double alpha;

	private final double beta;

	private final double phi;

	private final double level;

	private final double slope;

	private ExponentialSmoothing(double[] p, double level, double slope) {
		this.alpha = p[0];
		this.beta = p[1];
		this.phi = p[2];
		this.level = level;
		this.slope = slope;
	}

	/** Fits the model to {@code y} (at least 2 points; 3 with a trend). */
	static ExponentialSmoothing fit(double[] y, Trend trend) {
		double scale = Series.meanAbs(y);
		if (scale == 0) {
			scale = 1;
		}
		double[] x = new double[y.length];
		for (int t = 0; t < y.length; t++) {
			x[t] = y[t] / scale;
		}
		double[] start = start(x, trend);
		double[] steps = new double[start.length];
		for (int i = 0; i < steps.length; i++) {
			steps[i] = 0.1;
		}
		double[] best = NelderMead.minimize((q) -> sse(x, trend, q), start, steps, 200 * start.length, 1e-10);
		double[] state = run(x, parameters(trend, best), best, null);
		return new ExponentialSmoothing(parameters(trend, best), state[0] * scale, state[1] * scale);
	}

	double alpha() {
		return this.alpha;
	}

	double[] forecast(int horizon) {
		double[] f = new double[horizon];
		double damping = 0;
		double power = 1;
		for (int h = 0; h < horizon; h++) {
			power *= this.phi;
			damping += power;
			f[h] = this.level + damping * this.slope;
		}
		return f;
	}

	/** Start values: alpha, [beta], [phi], l0, [b0]; initial states from the first points. */
	private static double[] start(double[] x, Trend trend) {
		int k = Math.min(10, x.length);
		double[] head = Arrays.copyOf(x, k);
		if (trend == Trend.NONE) {
			return new double[] { 0.2, Series.mean(head) };
		}
		double[] line = Series.line(head);
		double l0 = line[0] - line[1];
		if (trend == Trend.LINEAR) {
			return new double[] { 0.2, 0.02, l0, line[1] };
		}
		return new double[] { 0.2, 0.02, 0.95, l0, line[1] };
	}

	/** alpha, beta, phi of a parameter vector (without a trend beta and phi are 0; Holt's phi is 1). */
	private static double[] parameters(Trend trend, double[] q) {
		if (trend == Trend.NONE) {
			return new double[] { q[0], 0, 0 };
		}
		return new double[] { q[0], q[1], trend == Trend.LINEAR ? 1 : q[2] };
	}

	private static double sse(double[] x, Trend trend, double[] q) {
		double[] p = parameters(trend, q);
		if (p[0] < LOW || p[0] > HIGH) {
			return Double.MAX_VALUE;
		}
		if (trend != Trend.NONE && (p[1] < LOW || p[1] > p[0])) {
			return Double.MAX_VALUE;
		}
		if (trend == Trend.DAMPED && (p[2] < PHI_LOW || p[2] > PHI_HIGH)) {
			return Double.MAX_VALUE;
		}
		double[] sse = new double[1];
		run(x, p, q, sse);
		return sse[0];
	}

	/**
	 * Runs the recursions from the initial states, the last one or two entries of {@code q}
	 * (level, slope); returns the final level and slope.
	 */
	private static double[] run(double[] x, double[] p, double[] q, double[] sse) {
		boolean sloped = q.length > 2;
		double l = q[sloped ? q.length - 2 : q.length - 1];
		double b = sloped ? q[q.length - 1] : 0;
		double sum = 0;
		for (double value : x) {
			double f = l + p[2] * b;
			double e = value - f;
			sum += e * e;
			l = f + p[0] * e;
			b = p[2] * b + p[1] * e;
		}
		if (sse != null) {
			sse[0] = sum;
		}
		return new double[] { l, b };
	}

}
