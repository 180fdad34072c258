package vn.kt1.batch.estimate.forecast;

import java.util.Arrays;

import vn.kt1.batch.estimate.forecast.ExponentialSmoothing.Trend;

/** The estimate's method, described at {@link Forecasters#standard()}. */
final class CombinedForecaster implements Forecaster {

	static final int PERIOD = 12;

	static final int MIN_SEASONS = 2;

	static final double CROSTON_ALPHA = 0.1;

	/** Above this share of zero months a series is intermittent: ADI above 1.32. */
	static final double INTERMITTENT_ZEROS = 1 - 1 / 1.32;

	private static final String COMBINATION = "Median of SES, Holt, damped trend and Theta";

	@Override
	public Forecast forecast(double[] history, int horizon) {
		double[] y = Inputs.checked(history, horizon);
		int first = 0;
		while (first < y.length && y[first] == 0) {
			first++;
		}
		if (first == y.length) {
			return flat(0, horizon, (y.length == 0) ? "No history" : "No items in the history");
		}
		int last = y.length - 1;
		while (y[last] == 0) {
			last--;
		}
		double[] used = Arrays.copyOfRange(y, first, y.length);
		if (used.length < 3) {
			return flat(Series.mean(used), horizon, "Mean of " + used.length + " months");
		}
		if (zeros(Arrays.copyOfRange(y, first, last + 1)) > INTERMITTENT_ZEROS * (last + 1 - first)) {
			return flat(Croston.sba(y, CROSTON_ALPHA), horizon, "Croston SBA (intermittent)");
		}
		if (used.length < MIN_SEASONS * PERIOD) {
			// under two years a trend cannot be told from the season: a rise and fall within
			// one year (a congress) would be extrapolated; a budget takes the recent level
			double[] recent = Arrays.copyOfRange(used, Math.max(0, used.length - PERIOD), used.length);
			return flat(Series.mean(recent), horizon, "Mean of the last " + recent.length + " months (under two years)");
		}
		return combination(used, horizon);
	}

	private static Forecast combination(double[] y, int horizon) {
		double[] cleaned = Outliers.winsorise(y);
		SeasonalIndices seasons = SeasonalIndices.of(cleaned, PERIOD, MIN_SEASONS, true);
		double[] adjusted = seasons.adjust(cleaned);
		double[][] forecasts = { ExponentialSmoothing.fit(adjusted, Trend.NONE).forecast(horizon),
				ExponentialSmoothing.fit(adjusted, Trend.LINEAR).forecast(horizon),
				ExponentialSmoothing.fit(adjusted, Trend.DAMPED).forecast(horizon),
				ThetaForecaster.theta(adjusted, horizon) };
		double[] median = new double[horizon];
		double[] column = new double[forecasts.length];
		for (int h = 0; h < horizon; h++) {
			for (int i = 0; i < column.length; i++) {
				column[i] = forecasts[i][h];
			}
			median[h] = Series.median(column);
		}
		int capped = 0;
		for (int t = 0; t < y.length; t++) {
			capped += (cleaned[t] != y[t]) ? 1 : 0;
		}
		String method = COMBINATION + (seasons.isNone() ? "" : " (seasonally adjusted, multiplicative)")
				+ ((capped == 0) ? "" : ", " + capped + " outlying month" + ((capped == 1) ? "" : "s") + " capped");
		return nonNegative(seasons.reseasonalise(median, y.length), method);
	}

	private static int zeros(double[] y) {
		int zeros = 0;
		for (double value : y) {
			zeros += (value == 0) ? 1 : 0;
		}
		return zeros;
	}

	private static Forecast flat(double value, int horizon, String method) {
		double[] f = new double[horizon];
		Arrays.fill(f, value);
		return nonNegative(f, method);
	}

	static Forecast nonNegative(double[] f, String method) {
		for (int h = 0; h < f.length; h++) {
			f[h] = Math.max(0, f[h]);
		}
		return new Forecast(f, method);
	}

}
