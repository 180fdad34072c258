package vn.kt1.batch.estimate;

import java.time.YearMonth;

import vn.kt1.batch.estimate.forecast.Forecast;
import vn.kt1.batch.estimate.forecast.Forecaster;
import vn.kt1.batch.estimate.forecast.SeasonalProfile;

/**
 * The forecast of an agency with only a few months and no peers to lean on: the level of the
 * months it has, carried over the year. With the province's seasonal profile, the level is
 * the items divided by the sum of the indices of the months they came in, and each month
 * ahead is the level times its index (three busy December months are not a year of
 * Decembers); without one, pro rata: the mean of the months.
 */
final class Annualised implements Forecaster {

	private final SeasonalProfile profile;

	private final YearMonth historyFrom;

	private final int firstUse;

	/**
	 * @param historyFrom the month of position 0 of the counts
	 * @param firstUse the position of the agency's first month with an item: its months run from
	 * there to the end of the history (a month without items counts 0)
	 */
	Annualised(SeasonalProfile profile, YearMonth historyFrom, int firstUse) {
		this.profile = profile;
		this.historyFrom = historyFrom;
		this.firstUse = firstUse;
	}

	@Override
	public Forecast forecast(double[] history, int horizon) {
		double items = 0;
		double weight = 0;
		for (int t = this.firstUse; t < history.length; t++) {
			items += history[t];
			weight += index(t);
		}
		double level = items / weight;
		double[] f = new double[horizon];
		for (int h = 0; h < horizon; h++) {
			f[h] = level * index(history.length + h);
		}
		int months = history.length - this.firstUse;
		return new Forecast(f, (this.profile.isNone() ? "Pro rata from " : "Seasonal annualisation from ") + months
				+ " months");
	}

	private double index(int position) {
		return this.profile.index(this.historyFrom.plusMonths(position).getMonthValue());
	}

}
