package vn.kt1.batch.estimate.forecast;

/**
 * Forecasts a monthly series some months ahead. The history holds every month from the first
 * to the last complete one, oldest first, a month without items as 0; values are
 * non-negative. Implementations are stateless and thread-safe; get them from
 * {@link Forecasters}.
 */
public interface Forecaster {

	/**
	 * Forecasts the {@code horizon} months after the history.
	 * @param history the monthly values, oldest first (non-negative, finite; may be empty)
	 * @param horizon how many months to forecast (at least 1)
	 * @return the forecasts, never negative, and the method used
	 * @throws IllegalArgumentException if a value is negative or not finite, or the horizon
	 * is below 1
	 */
	Forecast forecast(double[] history, int horizon);

	/** Forecasts monthly counts; see {@link #forecast(double[], int)}. */
	default Forecast forecast(long[] counts, int horizon) {
		double[] history = new double[counts.length];
		for (int t = 0; t < counts.length; t++) {
			history[t] = counts[t];
		}
		return forecast(history, horizon);
	}

}
