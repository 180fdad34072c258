package vn.kt1.batch.estimate.forecast.ets;

/**
 * Smoothing parameters of an ETS model in R's parametrisation: {@code alpha} for the level,
 * {@code beta} for the slope ({@code beta / alpha} in the smoothing form), {@code gamma} for
 * the season, {@code phi} the damping.
 */
record EtsParameters(double alpha, double beta, double gamma, double phi) {

	static final double LOW = 1e-4;

	static final double HIGH = 0.9999;

	static final double PHI_LOW = 0.8;

	static final double PHI_HIGH = 0.98;

	/**
	 * @return whether they lie in R's "usual" region: {@code 0 < alpha < 1}, {@code 0 < beta < alpha},
	 * {@code 0 < gamma < 1 - alpha}, {@code 0.8 <= phi <= 0.98}
	 */
	boolean usual(EtsModel model) {
		if (this.alpha < LOW || this.alpha > HIGH) {
			return false;
		}
		if (model.trended() && (this.beta < LOW || this.beta > this.alpha)) {
			return false;
		}
		if (model.seasonal() && (this.gamma < LOW || this.gamma > 1 - this.alpha)) {
			return false;
		}
		return !model.damped() || (this.phi >= PHI_LOW && this.phi <= PHI_HIGH);
	}

}
