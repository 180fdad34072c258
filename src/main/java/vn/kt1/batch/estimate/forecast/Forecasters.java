package vn.kt1.batch.estimate.forecast;

import java.util.List;
import java.util.Locale;
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
	 * Without a pool (this forecaster) the mean of the eight is the forecast; with one, see
	 * {@link #standard(List, int)}. The members, the network and its weight were chosen on three
	 * origins inside the training part of each of the 1,428 monthly M3 series (18 months ahead),
	 * never on their test parts. Evaluated once on the test parts (docs/accuracy.md, 2026-12-08):
	 * the eight alone sMAPE 13.53 % and an error of the 12-month total of months 7 to 18 of
	 * 10.75 %; with the network learnt from the 1,428 training parts 13.37 % and 10.50 % (Theta
	 * 13.86 and 11.06 %, Naive2 16.77 and 16.07 %; R's combination of ETS, ARIMA and Theta: 13.54
	 * and 11.0 %). Run {@code kt1 benchmark-forecast} to measure again.
	 */
	public static Standard standard() {
		return new CombinedForecaster(null, "no network (no pool)");
	}

	/**
	 * The estimate's method with a network learnt from a pool of series ({@code PooledNetwork}):
	 * where a series goes to the combination, the forecast is three quarters the mean of the
	 * eight members and a quarter the network's. A pool of fewer than 20,000 windows of two
	 * years gets no network: the forecaster is then {@link #standard()}.
	 * @param pool the series to learn from, e.g. every series to be forecast (non-negative
	 * months, oldest first)
	 * @param horizon months the network forecasts; a longer horizon goes without it
	 */
	public static Standard standard(List<double[]> pool, int horizon) {
		int windows = PooledNetwork.windows(pool);
		PooledNetwork network = PooledNetwork.train(pool, horizon).orElse(null);
		String description = (network != null) ? "a network learnt from %,d windows"
				: "no network (%,d windows, fewer than %,d)";
		return new CombinedForecaster(network,
				String.format(Locale.ROOT, description, windows, PooledNetwork.MIN_WINDOWS));
	}

	/** The estimate's method, with each of its members on a series for the benchmark. */
	public interface Standard extends Forecaster {

		/**
		 * @return forecasts by method name, the method first, then, when the series goes to the
		 * combination, each member and the network (when there is one)
		 */
		Map<String, double[]> withMembers(double[] history, int horizon);

		/** @return e.g. {@code a network learnt from 107,586 windows}, or why there is none */
		String network();

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
