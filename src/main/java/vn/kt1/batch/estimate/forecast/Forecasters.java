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
	 * or half a running median that keeps the yearly peaks; see {@code Outliers}).</li>
	 * <li>The capped months are forecast by the eight members of {@code Members}: automatic ETS
	 * (Hyndman et al. 2008; every model weighted by its Akaike weight, Kolassa 2011), and, on the
	 * months seasonally adjusted by classical multiplicative decomposition with the indices shrunk
	 * towards 1 (Miller and Williams, 2003) when the lag-12 autocorrelation passes the 90 % test
	 * of the M3 competition: Theta (Assimakopoulos and Nikolopoulos, 2000), simple exponential
	 * smoothing, the damped trend (Gardner and McKenzie, 1985), the dynamic optimised Theta
	 * (after Fiorucci et al., 2016), ARIMA(p,1,0), SES of the quarterly totals and Theta of the
	 * yearly ones (temporal aggregation, Athanasopoulos et al., 2017). Each is floored at 0; their
	 * mean is the forecast. Combining is the most reliable gain in the M competitions
	 * (Makridakis and Hibon, 2000; Makridakis et al., 2020).</li>
	 * </ol>
	 * The members and the mean were chosen on three origins inside the training part of each of
	 * the 1,428 monthly M3 series (18 months ahead), never on their test parts (sMAPE 13.43 %,
	 * total error 11.05 % there); evaluated once on the test parts it has sMAPE 13.53 % (Theta
	 * 13.86 %, Naive2 16.77 %) and the 12-month total of months 7 to 18 is off by 10.75 % on
	 * average (Theta 11.06 %, Naive2 16.07 %; R's combination of ETS, ARIMA and Theta: 13.54 % and
	 * 11.0 %). Run {@code kt1 benchmark-forecast} to measure again.
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
