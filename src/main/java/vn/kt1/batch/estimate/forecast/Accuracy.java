package vn.kt1.batch.estimate.forecast;

/**
 * Accuracy measures of a forecast against the actual values of its horizon.
 * <ul>
 * <li>sMAPE as in the M3 competition (Makridakis and Hibon, 2000), in %: the mean over the
 * horizon of {@code 200 |y - f| / (|y| + |f|)}, a month where both are 0 counting 0.</li>
 * <li>MASE (Hyndman and Koehler, 2006): the mean absolute error over the horizon divided by
 * the in-sample mean absolute error of the seasonal naive method.</li>
 * <li>The absolute percentage error of a total over some months of the horizon: what an
 * annual estimate made in June misses by (months 7 to 18).</li>
 * </ul>
 */
public final class Accuracy {

	private Accuracy() {
	}

	/** The sMAPE in %, over the whole horizon. */
	public static double smape(double[] actual, double[] forecast) {
		double sum = 0;
		for (int h = 0; h < actual.length; h++) {
			double denominator = Math.abs(actual[h]) + Math.abs(forecast[h]);
			sum += (denominator == 0) ? 0 : 200 * Math.abs(actual[h] - forecast[h]) / denominator;
		}
		return sum / actual.length;
	}

	/**
	 * The MASE over the whole horizon, scaled by the mean absolute difference of the history
	 * at lag {@code period}; NaN when that scale is 0 or the history is not longer than one
	 * period.
	 */
	public static double mase(double[] history, double[] actual, double[] forecast, int period) {
		double scale = 0;
		for (int t = period; t < history.length; t++) {
			scale += Math.abs(history[t] - history[t - period]);
		}
		if (history.length <= period || scale == 0) {
			return Double.NaN;
		}
		scale /= history.length - period;
		double error = 0;
		for (int h = 0; h < actual.length; h++) {
			error += Math.abs(actual[h] - forecast[h]);
		}
		return error / actual.length / scale;
	}

	/**
	 * The absolute error of the total of months {@code from} to {@code to} of the horizon
	 * (1-based), in % of the actual total; NaN when the actual total is 0.
	 */
	public static double totalError(double[] actual, double[] forecast, int from, int to) {
		double actualTotal = 0;
		double forecastTotal = 0;
		for (int h = from - 1; h < to; h++) {
			actualTotal += actual[h];
			forecastTotal += forecast[h];
		}
		return (actualTotal == 0) ? Double.NaN : 100 * Math.abs(forecastTotal - actualTotal) / Math.abs(actualTotal);
	}

}
