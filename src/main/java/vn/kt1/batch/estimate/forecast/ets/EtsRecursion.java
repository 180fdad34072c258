package vn.kt1.batch.estimate.forecast.ets;

/**
 * The recursions of an ETS model in the smoothing form that R's {@code forecast} package uses
 * for every member of the family (Hyndman et al. 2008, table 2.1; the error type changes the
 * likelihood, not the updates):
 *
 * <pre>
 * q(t)  = l(t-1) + phi b(t-1)                      (l(t-1) without a trend)
 * mu(t) = q(t), q(t) + s(t-m) or q(t) s(t-m)       (season none, additive, multiplicative)
 * l(t)  = q(t) + alpha (p(t) - q(t))               p(t) = y(t), y(t) - s(t-m) or y(t) / s(t-m)
 * b(t)  = phi b(t-1) + beta / alpha (l(t) - l(t-1) - phi b(t-1))
 * s(t)  = s(t-m) + gamma (u(t) - s(t-m))          u(t) = y(t) - q(t) or y(t) / q(t)
 * </pre>
 *
 * The criterion minimised is R's: {@code n log(sum e(t)^2)}, plus {@code 2 sum log|mu(t)|}
 * for a multiplicative error, where {@code e(t) = y(t) - mu(t)} or {@code (y(t) - mu(t)) / mu(t)}:
 * minus twice the log-likelihood up to a constant.
 */
final class EtsRecursion {

	/** The state after the history: level, slope, and the seasons by position modulo the period. */
	record State(double level, double slope, double[] seasons, int next) {
	}

	static final double MIN_CRITERION = -1e10;

	private EtsRecursion() {
	}

	/**
	 * Runs the model over {@code y} from the initial states.
	 * @param seasons the initial seasonal states, {@code seasons[j]} used by {@code y[j]}; changed
	 * @param end receives the final state in its first element, when not {@code null}
	 * @return the criterion, or {@code +Infinity} when a multiplicative model leaves positive values
	 */
	static double run(double[] y, EtsModel model, EtsParameters p, double level, double slope, double[] seasons,
			State[] end) {
		int m = seasons.length;
		double phi = model.damped() ? p.phi() : 1;
		boolean trended = model.trended();
		EtsModel.Season season = model.season();
		double l = level;
		double b = trended ? slope : 0;
		double squares = 0;
		double logs = 0;
		// the product of the one-step forecasts, taken to logs only when it grows large or small:
		// a logarithm per month was most of the time of a fit
		double product = 1;
		for (int t = 0; t < y.length; t++) {
			double phib = trended ? phi * b : 0;
			double q = l + phib;
			double s = seasons[t % m];
			if (season == EtsModel.Season.MULTIPLICATIVE && !(s > 0)) {
				return Double.POSITIVE_INFINITY;
			}
			double mu = switch (season) {
				case NONE -> q;
				case ADDITIVE -> q + s;
				case MULTIPLICATIVE -> q * s;
			};
			double e;
			if (model.multiplicativeError()) {
				if (!(mu > 0)) {
					return Double.POSITIVE_INFINITY;
				}
				e = (y[t] - mu) / mu;
				product *= mu;
				if (product > 1e100 || product < 1e-100) {
					logs += Math.log(product);
					product = 1;
				}
			}
			else {
				e = y[t] - mu;
			}
			squares += e * e;
			double adjusted = switch (season) {
				case NONE -> y[t];
				case ADDITIVE -> y[t] - s;
				case MULTIPLICATIVE -> y[t] / s;
			};
			double newLevel = q + p.alpha() * (adjusted - q);
			if (trended) {
				b = phib + p.beta() / p.alpha() * (newLevel - l - phib);
			}
			if (season == EtsModel.Season.ADDITIVE) {
				seasons[t % m] = s + p.gamma() * (y[t] - q - s);
			}
			else if (season == EtsModel.Season.MULTIPLICATIVE) {
				if (!(q > 0)) {
					return Double.POSITIVE_INFINITY;
				}
				seasons[t % m] = s + p.gamma() * (y[t] / q - s);
			}
			l = newLevel;
		}
		if (end != null) {
			end[0] = new State(l, b, seasons, y.length % m);
		}
		// as R: a perfect fit (a constant series) is not rewarded without bound
		logs += Math.log(product);
		double criterion = Math.max(MIN_CRITERION, y.length * Math.log(squares) + 2 * logs);
		return Double.isNaN(criterion) ? Double.POSITIVE_INFINITY : criterion;
	}

	/** Point forecasts from the final state: R's {@code forecast.ets} means of the recursion. */
	static double[] forecast(EtsModel model, EtsParameters p, State state, int horizon) {
		double phi = model.damped() ? p.phi() : 1;
		int m = state.seasons().length;
		double[] f = new double[horizon];
		double damping = 0;
		double power = 1;
		for (int h = 0; h < horizon; h++) {
			power *= phi;
			damping += power;
			double trend = state.level() + (model.trended() ? damping * state.slope() : 0);
			double s = state.seasons()[(state.next() + h) % m];
			f[h] = switch (model.season()) {
				case NONE -> trend;
				case ADDITIVE -> trend + s;
				case MULTIPLICATIVE -> trend * s;
			};
		}
		return f;
	}

}
