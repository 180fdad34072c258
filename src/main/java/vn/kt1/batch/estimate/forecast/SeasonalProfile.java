package vn.kt1.batch.estimate.forecast;

import java.util.Arrays;

/**
 * The seasonal profile of a monthly series by calendar month, e.g. of a province's total
 * items: the multiplicative indices of {@link SeasonalIndices} (classical decomposition,
 * shrunk towards 1) when the series has two full years from its first non-zero month and
 * passes the 90 % seasonality test of the M3 competition; otherwise none (every index 1).
 */
public final class SeasonalProfile {

	private final double[] byMonth;

	private SeasonalProfile(double[] byMonth) {
		this.byMonth = byMonth;
	}

	/** The profile with every index 1: months count alike (pro rata). */
	public static SeasonalProfile none() {
		double[] ones = new double[CombinedForecaster.PERIOD];
		Arrays.fill(ones, 1);
		return new SeasonalProfile(ones);
	}

	/**
	 * @param monthly the series, oldest first (non-negative)
	 * @param firstMonth the calendar month (1 = January) of {@code monthly[0]}
	 * @return its profile, or {@link #none()}
	 */
	public static SeasonalProfile of(double[] monthly, int firstMonth) {
		int first = 0;
		while (first < monthly.length && monthly[first] == 0) {
			first++;
		}
		double[] used = Arrays.copyOfRange(monthly, first, monthly.length);
		SeasonalIndices indices = SeasonalIndices.of(used, CombinedForecaster.PERIOD, CombinedForecaster.MIN_SEASONS,
				true);
		if (indices.isNone()) {
			return none();
		}
		double[] byMonth = new double[CombinedForecaster.PERIOD];
		for (int t = 0; t < CombinedForecaster.PERIOD; t++) {
			byMonth[(firstMonth - 1 + first + t) % CombinedForecaster.PERIOD] = indices.at(t);
		}
		return new SeasonalProfile(byMonth);
	}

	/** @return whether every month counts alike */
	public boolean isNone() {
		return Arrays.stream(this.byMonth).allMatch((index) -> index == 1);
	}

	/** @return the index of a calendar month (1 = January); they average 1 */
	public double index(int month) {
		return this.byMonth[month - 1];
	}

}
