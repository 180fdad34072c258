package vn.kt1.batch.estimate.forecast;

/**
 * A monthly series as totals of {@code k} months (quarters, years), the blocks ending with the
 * last month (the oldest months that do not fill a block are left out), and forecasts of
 * blocks spread back evenly over their months: a model of the totals sees a steadier level
 * and trend than one of the months (temporal aggregation; Athanasopoulos et al. 2017,
 * "Forecasting with temporal hierarchies", EJOR 262). Seasonality is for the caller: the
 * months are seasonally adjusted first and the spread forecasts re-seasonalised.
 */
final class TemporalAggregate {

	private TemporalAggregate() {
	}

	/** The totals of the whole blocks of {@code k} months that end with the last month, oldest first. */
	static double[] totals(double[] y, int k) {
		int blocks = y.length / k;
		int start = y.length - blocks * k;
		double[] totals = new double[blocks];
		for (int t = start; t < y.length; t++) {
			totals[(t - start) / k] += y[t];
		}
		return totals;
	}

	/** How many blocks of {@code k} months cover {@code horizon} months. */
	static int blocks(int horizon, int k) {
		return (horizon + k - 1) / k;
	}

	/** Each month of the horizon gets its block's forecast divided by {@code k}. */
	static double[] spread(double[] blocks, int k, int horizon) {
		double[] f = new double[horizon];
		for (int h = 0; h < horizon; h++) {
			f[h] = blocks[h / k] / k;
		}
		return f;
	}

}
