package vn.kt1.batch.estimate.forecast.ets;

import java.util.Arrays;

import vn.kt1.batch.estimate.forecast.NelderMead;

/**
 * One ETS model fitted to a series: smoothing parameters and initial states estimated together
 * by minimising the criterion of {@link EtsRecursion} with Nelder-Mead (R's {@code ets} does
 * the same, from the same starting values), then once more from where the first search ended.
 * The series is divided by its mean absolute value first, which changes the criterion of
 * every model by the same constant.
 */
final class EtsFit {

	private static final int EVALUATIONS_PER_PARAMETER = 150;

	private static final double TOLERANCE = 1e-9;

	private final EtsModel model;

	private final EtsParameters parameters;

	private final EtsRecursion.State state;

	private final double criterion;

	private final int estimated;

	private final int n;

	private final double scale;

	private EtsFit(EtsModel model, EtsParameters parameters, EtsRecursion.State state, double criterion,
			int estimated, int n, double scale) {
		this.model = model;
		this.parameters = parameters;
		this.state = state;
		this.criterion = criterion;
		this.estimated = estimated;
		this.n = n;
		this.scale = scale;
	}

	/**
	 * Fits a model (its multiplicative parts only to positive data).
	 * @param m the period (1 without seasons)
	 */
	static EtsFit fit(double[] data, EtsModel model, int m) {
		double scale = Arrays.stream(data).map(Math::abs).average().orElse(1);
		scale = (scale > 0) ? scale : 1;
		double[] y = new double[data.length];
		for (int t = 0; t < y.length; t++) {
			y[t] = data[t] / scale;
		}
		Layout layout = new Layout(model, m);
		double[] start = layout.start(y);
		double[] best = start;
		for (int round = 0; round < 2; round++) {
			best = NelderMead.minimize((q) -> layout.criterion(y, q), best, layout.steps(best),
					EVALUATIONS_PER_PARAMETER * best.length, TOLERANCE);
		}
		EtsRecursion.State[] end = new EtsRecursion.State[1];
		double criterion = layout.run(y, best, end);
		return new EtsFit(model, layout.parameters(best), end[0], criterion, best.length, y.length, scale);
	}

	EtsModel model() {
		return this.model;
	}

	EtsParameters parameters() {
		return this.parameters;
	}

	/** @return false when no point of the search gave a finite criterion */
	boolean valid() {
		return this.state != null && Double.isFinite(this.criterion);
	}

	/**
	 * @return the corrected Akaike criterion {@code -2 log L + 2k + 2k(k+1)/(n-k-1)}, {@code k}
	 * the estimated values plus the variance, up to a constant shared by all models of the series
	 */
	double aicc() {
		int k = this.estimated + 1;
		return this.criterion + 2 * k + 2.0 * k * (k + 1) / (this.n - k - 1);
	}

	/** @return the level, slope and seasons after the history, in the units of the data */
	double[] finalStates() {
		double[] states = new double[2 + this.state.seasons().length];
		states[0] = this.state.level() * this.scale;
		states[1] = this.state.slope() * this.scale;
		for (int j = 0; j < this.state.seasons().length; j++) {
			double season = this.state.seasons()[(this.state.next() + j) % this.state.seasons().length];
			states[2 + j] = (this.model.season() == EtsModel.Season.MULTIPLICATIVE) ? season : season * this.scale;
		}
		return states;
	}

	double[] forecast(int horizon) {
		double[] f = EtsRecursion.forecast(this.model, this.parameters, this.state, horizon);
		for (int h = 0; h < horizon; h++) {
			f[h] *= this.scale;
		}
		return f;
	}

	/**
	 * Where each estimated value sits in the vector the search moves: alpha, [beta], [gamma],
	 * [phi], level, [slope], [seasons 1 to m-1]; season 0 makes the seasons sum to 0 (additive)
	 * or {@code m} (multiplicative).
	 */
	private record Layout(EtsModel model, int m) {

		double[] start(double[] y) {
			int seasonal = this.model.seasonal() ? this.m : 1;
			double alpha = EtsParameters.LOW + 0.2 * (EtsParameters.HIGH - EtsParameters.LOW) / seasonal;
			double[] states = EtsStart.states(y, this.model, this.m);
			double[] q = new double[this.model.parameters(this.m)];
			int i = 0;
			q[i++] = alpha;
			if (this.model.trended()) {
				q[i++] = EtsParameters.LOW + 0.1 * (alpha - EtsParameters.LOW);
			}
			if (this.model.seasonal()) {
				q[i++] = EtsParameters.LOW + 0.05 * (1 - alpha - EtsParameters.LOW);
			}
			if (this.model.damped()) {
				q[i++] = EtsParameters.PHI_LOW + 0.99 * (EtsParameters.PHI_HIGH - EtsParameters.PHI_LOW);
			}
			q[i++] = states[0];
			if (this.model.trended()) {
				q[i++] = states[1];
			}
			if (this.model.seasonal()) {
				System.arraycopy(states, 3, q, i, this.m - 1);
			}
			return q;
		}

		double[] steps(double[] q) {
			double[] steps = new double[q.length];
			int i = 0;
			steps[i++] = 0.1;
			if (this.model.trended()) {
				steps[i++] = 0.01;
			}
			if (this.model.seasonal()) {
				steps[i++] = 0.05;
			}
			if (this.model.damped()) {
				steps[i++] = 0.01;
			}
			steps[i] = 0.1 * Math.max(0.1, Math.abs(q[i]));
			i++;
			if (this.model.trended()) {
				steps[i++] = 0.01;
			}
			while (i < q.length) {
				steps[i++] = 0.05;
			}
			return steps;
		}

		EtsParameters parameters(double[] q) {
			int i = 0;
			double alpha = q[i++];
			double beta = this.model.trended() ? q[i++] : 0;
			double gamma = this.model.seasonal() ? q[i++] : 0;
			double phi = this.model.damped() ? q[i] : 1;
			return new EtsParameters(alpha, beta, gamma, phi);
		}

		double criterion(double[] y, double[] q) {
			return parameters(q).usual(this.model) ? run(y, q, null) : Double.POSITIVE_INFINITY;
		}

		double run(double[] y, double[] q, EtsRecursion.State[] end) {
			int i = 1 + (this.model.trended() ? 1 : 0) + (this.model.seasonal() ? 1 : 0) + (this.model.damped() ? 1 : 0);
			double level = q[i++];
			double slope = this.model.trended() ? q[i++] : 0;
			double[] seasons = new double[this.model.seasonal() ? this.m : 1];
			if (this.model.seasonal()) {
				double sum = 0;
				for (int j = 1; j < this.m; j++) {
					seasons[j] = q[i++];
					sum += seasons[j];
				}
				seasons[0] = ((this.model.season() == EtsModel.Season.MULTIPLICATIVE) ? this.m : 0) - sum;
			}
			return EtsRecursion.run(y, this.model, parameters(q), level, slope, seasons, end);
		}

	}

}
