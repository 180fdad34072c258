package vn.kt1.batch.estimate.forecast;

import java.util.Arrays;

/**
 * The Naive2 benchmark of the M3 competition (Makridakis and Hibon, 2000): the last value of
 * the seasonally adjusted series (classical multiplicative decomposition when the 90 %
 * seasonality test passes), re-seasonalised.
 */
final class Naive2 implements Forecaster {

	static final String NAME = "Naive2";

	@Override
	public Forecast forecast(double[] history, int horizon) {
		double[] y = Inputs.checked(history, horizon);
		if (y.length == 0) {
			return new Forecast(new double[horizon], NAME);
		}
		SeasonalIndices seasons = SeasonalIndices.of(y, CombinedForecaster.PERIOD, CombinedForecaster.MIN_SEASONS,
				false);
		double[] adjusted = seasons.adjust(y);
		double[] flat = new double[horizon];
		Arrays.fill(flat, adjusted[adjusted.length - 1]);
		return new Forecast(seasons.reseasonalise(flat, y.length), NAME);
	}

}
