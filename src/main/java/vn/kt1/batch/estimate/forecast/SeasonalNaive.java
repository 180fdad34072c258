package vn.kt1.batch.estimate.forecast;

/**
 * The seasonal naive benchmark: each month repeats the same month of the last year of the
 * history (the last value when the history is shorter than a year).
 */
final class SeasonalNaive implements Forecaster {

	static final String NAME = "Seasonal naive";

	@Override
	public Forecast forecast(double[] history, int horizon) {
		double[] y = Inputs.checked(history, horizon);
		int n = y.length;
		double[] f = new double[horizon];
		int period = CombinedForecaster.PERIOD;
		for (int h = 0; h < horizon && n > 0; h++) {
			f[h] = (n < period) ? y[n - 1] : y[n - period + h % period];
		}
		return new Forecast(f, NAME);
	}

}
