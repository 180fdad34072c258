package vn.kt1.batch.estimate.forecast.ets;

import java.util.ArrayList;
import java.util.List;

/**
 * A model of the exponential smoothing state-space family of Hyndman et al. (2008, "Forecasting
 * with exponential smoothing: the state space approach"): additive or multiplicative error,
 * trend none, additive or additive damped, season none, additive or multiplicative.
 */
record EtsModel(boolean multiplicativeError, Trend trend, Season season) {

	enum Trend {

		NONE("N"), ADDITIVE("A"), DAMPED("Ad");

		private final String code;

		Trend(String code) {
			this.code = code;
		}

	}

	enum Season {

		NONE("N"), ADDITIVE("A"), MULTIPLICATIVE("M");

		private final String code;

		Season(String code) {
			this.code = code;
		}

	}

	/**
	 * The models R's {@code forecast::ets} tries by default: multiplicative error only for
	 * positive data, multiplicative season only with it (additive error with a multiplicative
	 * season is left out as numerically unstable, Hyndman et al. 2008, ch. 15), no
	 * multiplicative trend; seasonal models only when the period is above 1.
	 */
	static List<EtsModel> candidates(boolean seasonal, boolean positive) {
		List<EtsModel> models = new ArrayList<>();
		for (boolean multiplicative : positive ? new boolean[] { false, true } : new boolean[] { false }) {
			for (Trend trend : Trend.values()) {
				for (Season season : Season.values()) {
					boolean allowed = (season == Season.NONE || seasonal)
							&& (season != Season.MULTIPLICATIVE || multiplicative);
					if (allowed) {
						models.add(new EtsModel(multiplicative, trend, season));
					}
				}
			}
		}
		return models;
	}

	boolean trended() {
		return this.trend != Trend.NONE;
	}

	boolean damped() {
		return this.trend == Trend.DAMPED;
	}

	boolean seasonal() {
		return this.season != Season.NONE;
	}

	/** @return how many values are estimated: smoothing parameters and free initial states */
	int parameters(int period) {
		int count = 2;
		count += trended() ? 2 : 0;
		count += damped() ? 1 : 0;
		count += seasonal() ? period : 0;
		return count;
	}

	/** @return e.g. {@code ETS(M,Ad,M)} */
	String name() {
		return "ETS(" + (this.multiplicativeError ? "M" : "A") + "," + this.trend.code + "," + this.season.code + ")";
	}

}
