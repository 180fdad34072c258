package vn.kt1.batch.estimate.forecast;

import vn.kt1.batch.estimate.forecast.ExponentialSmoothing.Trend;

/**
 * The Theta method of Assimakopoulos and Nikolopoulos (2000), best of the M3 competition, as
 * in the competition: classical multiplicative seasonal adjustment when the 90 % test passes,
 * then simple exponential smoothing with a drift of half the slope of the least-squares line,
 * the form shown equivalent by Hyndman and Billah (2003) and used by R's
 * {@code forecast::thetaf}:
 * {@code SES(h) + b/2 (h - 1 + (1 - (1 - alpha)^n) / alpha)}.
 */
final class ThetaForecaster implements Forecaster {

	static final String NAME = "Theta (seasonally adjusted, multiplicative)";

	@Override
	public Forecast forecast(double[] history, int horizon) {
		double[] y = Inputs.checked(history, horizon);
		if (y.length < 2) {
			return new Naive2().forecast(y, horizon);
		}
		SeasonalIndices seasons = SeasonalIndices.of(y, CombinedForecaster.PERIOD, CombinedForecaster.MIN_SEASONS,
				false);
		double[] f = seasons.reseasonalise(theta(seasons.adjust(y), horizon), y.length);
		return CombinedForecaster.nonNegative(f, seasons.isNone() ? "Theta" : NAME);
	}

	/** Theta forecasts of a series without seasonality (at least 2 points). */
	static double[] theta(double[] y, int horizon) {
		ExponentialSmoothing ses = ExponentialSmoothing.fit(y, Trend.NONE);
		double[] f = ses.forecast(horizon);
		double alpha = ses.alpha();
		double drift = Series.line(y)[1] / 2;
		double start = (1 - Math.pow(1 - alpha, y.length)) / alpha;
		for (int h = 0; h < horizon; h++) {
			f[h] += drift * (h + start);
		}
		return f;
	}

}
