package vn.kt1.batch.estimate;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * The items of each agency over consecutive months: per service the monthly counts and the
 * weights (for the mix), and the post office's fees per month (what the agency was charged).
 */
public final class History {

	private final YearMonth from;

	private final int months;

	private final Map<String, AgencyHistory> agencies = new HashMap<>();

	History(YearMonth from, YearMonth to) {
		this.from = from;
		this.months = (int) ChronoUnit.MONTHS.between(from, to) + 1;
	}

	/** Count an item of an agency. */
	void add(String agencyCode, Service service, YearMonth month, int weightG, long feeVnd) {
		int index = (int) ChronoUnit.MONTHS.between(this.from, month);
		if (index < 0 || index >= this.months) {
			throw new IllegalArgumentException(month + " is outside the history from " + this.from);
		}
		this.agencies.computeIfAbsent(agencyCode, (code) -> new AgencyHistory(this.months))
			.add(service, index, weightG, feeVnd);
	}

	/** @return the agency's items; without items, an empty history */
	public AgencyHistory agency(String code) {
		AgencyHistory agency = this.agencies.get(code);
		return (agency != null) ? agency : new AgencyHistory(this.months);
	}

	/** @return every agency's items per month of months {@code 0} to {@code upTo - 1}: the province's total */
	double[] totals(int upTo) {
		double[] totals = new double[upTo];
		for (AgencyHistory agency : this.agencies.values()) {
			for (ServiceHistory service : agency.services().values()) {
				long[] counts = service.counts(upTo);
				for (int t = 0; t < upTo; t++) {
					totals[t] += counts[t];
				}
			}
		}
		return totals;
	}

	/** @return the month at a position of the history */
	YearMonth month(int index) {
		return this.from.plusMonths(index);
	}

	/** @return the position of a month (0 = the first) */
	public int index(YearMonth month) {
		return (int) ChronoUnit.MONTHS.between(this.from, month);
	}

}
