package vn.kt1.batch.estimate.forecast;

import java.util.Map;

/**
 * The forecasting methods: the one the budget estimate uses and the benchmarks it is judged
 * against. Each {@link Forecaster} is deterministic, stateless and thread-safe.
 */
public final class Forecasters {

	private Forecasters() {
	}

	/**
	 * The estimate's method, for short, seasonal, often sparse monthly series:
	 * <ol>
	 * <li>Months before the first non-zero one are dropped (the agency did not use the service
	 * yet). No non-zero month: forecasts 0. One or two months left: their mean.</li>
	 * <li>Intermittent series: more than 24 % zero months between the first and the last
	 * non-zero one (a mean interval between non-zero months above 1.32, the boundary of
	 * Syntetos, Boylan and Croston, 2005). Croston's method (1972) with the Syntetos-Boylan bias
	 * correction (SBA, 2005), smoothing constant 0.1, over the whole history: a flat rate per
	 * month. Trailing zero months do not make a series intermittent: a series that stops goes
	 * to the next step, whose smoothing follows it down.</li>
	 * <li>Otherwise extreme months are winsorised (beyond Tukey's 3-IQR fences and beyond twice
	 * or half a running median that keeps the yearly peaks; see {@code Outliers}), then, from two full years
	 * on and when the lag-12 autocorrelation passes the 90 % test of the M3 competition, the
	 * series is seasonally adjusted by classical multiplicative decomposition with the seasonal
	 * indices shrunk towards 1 (James-Stein, Miller and Williams, 2003).</li>
	 * <li>The adjusted series is forecast by four methods: simple exponential smoothing, Holt's
	 * linear trend, the damped trend (Gardner and McKenzie, 1985), each with smoothing
	 * parameters and initial states optimised by Nelder-Mead on the in-sample squared one-step
	 * error (Hyndman et al., 2008), and Theta (Assimakopoulos and Nikolopoulos, 2000, in the
	 * form of Hyndman and Billah, 2003). Their median for each month (the mean of the middle
	 * two) is re-seasonalised and floored at 0. Combining is the most reliable gain in the M
	 * competitions (Makridakis and Hibon, 2000; Makridakis et al., 2020); the median keeps one
	 * runaway trend (Holt's) out. A steady trend is therefore followed damped, between Theta's
	 * half slope and the full slope: a straight line 100, 102, ... is forecast about 4 % under
	 * it 12 months ahead.</li>
	 * </ol>
	 * On the 1,428 monthly series of M3 at 18 months it has sMAPE 13.69 % against 13.86 % for
	 * {@link #theta()} and 16.77 % for {@link #naive2()}; the 12-month total of months 7 to 18
	 * is off by 11.04 % on average (Theta 11.06 %, Naive2 16.07 %). Run
	 * {@code kt1 benchmark-forecast} to measure again.
	 */
	public static Forecaster standard() {
		return new CombinedForecaster();
	}

	/**
	 * The estimate's method on one series and, when the series goes to the combination, each of
	 * its members, for the benchmark.
	 * @return forecasts by method name, the method first
	 */
	public static Map<String, double[]> standardWithMembers(double[] history, int horizon) {
		return new CombinedForecaster().withMembers(history, horizon);
	}

	/**
	 * The Theta method as run in the M3 competition (seasonal adjustment by the 90 % test and
	 * classical multiplicative decomposition).
	 */
	public static Forecaster theta() {
		return new ThetaForecaster();
	}

	/** The Naive2 benchmark of the M3 competition. */
	public static Forecaster naive2() {
		return new Naive2();
	}

	/** The seasonal naive benchmark: the same month a year before. */
	public static Forecaster seasonalNaive() {
		return new SeasonalNaive();
	}

}
