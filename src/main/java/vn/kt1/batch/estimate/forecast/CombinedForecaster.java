package vn.kt1.batch.estimate.forecast;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The estimate's method, described at {@link Forecasters#standard()}. */
final class CombinedForecaster implements Forecasters.Standard {

	static final int PERIOD = 12;

	static final int MIN_SEASONS = 2;

	static final double CROSTON_ALPHA = 0.1;

	/** Above this share of zero months a series is intermittent: ADI above 1.32. */
	static final double INTERMITTENT_ZEROS = 1 - 1 / 1.32;

	static final String NAME = "kt1 estimate (8 members and network)";

	static final String NETWORK = "Pooled network (24 months in)";

	/** The network's share of the forecast when there is one; the eight members share the rest equally. */
	static final double NETWORK_WEIGHT = 0.25;

	static final String COMBINATION = "Mean of ETS, Theta, SES, damped, optimised Theta, ARIMA and aggregates";

	/** Learnt from the pool the forecaster was made with; null without (a pool too small, or none). */
	private final PooledNetwork network;

	private final String description;

	CombinedForecaster(PooledNetwork network, String description) {
		this.network = network;
		this.description = description;
	}

	@Override
	public String network() {
		return this.description;
	}

	@Override
	public Forecast forecast(double[] history, int horizon) {
		return forecast(history, horizon, new Parts());
	}

	/** @param parts receives the combination's members and the network's forecast when the series goes to it */
	private Forecast forecast(double[] history, int horizon, Parts parts) {
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
		parts.members = Members.of(used, horizon);
		parts.network = network(used, horizon);
		return combination(parts.members, parts.network, horizon);
	}

	/** @return the network's forecast of the months, or null without a network for this horizon */
	private double[] network(double[] used, int horizon) {
		if (this.network == null || this.network.horizon() < horizon) {
			return null;
		}
		return Arrays.copyOf(this.network.forecast(used), horizon);
	}

	private static Forecast combination(Members members, double[] network, int horizon) {
		double[] mean = members.mean(horizon);
		if (network != null) {
			for (int h = 0; h < horizon; h++) {
				mean[h] = (1 - NETWORK_WEIGHT) * mean[h] + NETWORK_WEIGHT * network[h];
			}
		}
		String method = COMBINATION + ((network != null) ? ", a quarter from a network learnt from all series" : "")
				+ (members.seasonal() ? " (seasonally adjusted, multiplicative)" : "")
				+ ((members.capped() == 0) ? "" : ", " + members.capped() + " outlying month"
						+ ((members.capped() == 1) ? "" : "s") + " capped");
		return nonNegative(mean, method);
	}

	/**
	 * @return the method's forecast and each member's on the months from the first non-zero one
	 * (non-negative), by name; the members only from three such months on
	 */
	@Override
	public Map<String, double[]> withMembers(double[] history, int horizon) {
		Map<String, double[]> forecasts = new LinkedHashMap<>();
		Parts parts = new Parts();
		forecasts.put(NAME, forecast(history, horizon, parts).values());
		double[] y = Inputs.checked(history, horizon);
		int first = 0;
		while (first < y.length && y[first] == 0) {
			first++;
		}
		if (parts.members == null && y.length - first >= 3) {
			double[] used = Arrays.copyOfRange(y, first, y.length);
			parts.members = Members.of(used, horizon);
			parts.network = network(used, horizon);
		}
		if (parts.members != null) {
			forecasts.putAll(parts.members.forecasts());
			if (parts.network != null) {
				forecasts.put(NETWORK, parts.network);
			}
		}
		return forecasts;
	}

	/** What the combination was made of, for {@link #withMembers}: each made once. */
	private static final class Parts {

		private Members members;

		private double[] network;

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
