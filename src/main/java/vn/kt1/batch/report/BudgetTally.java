package vn.kt1.batch.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import vn.kt1.batch.report.YearFigures.Budget;

/**
 * Sets each agency's fees beside its estimate for the year: totals over the agencies with an
 * estimate (an agency with an estimate and no fees counts with 0), per level, and the
 * agencies over their estimate. Fees of agencies without an estimate are left out.
 */
final class BudgetTally {

	private final Map<String, Long> remaining;

	private final Map<String, long[]> byLevel = new TreeMap<>();

	private long estimate;

	private long fees;

	private long agencies;

	private long over;

	/** @param estimates the estimate of each agency, by code */
	BudgetTally(Map<String, Long> estimates) {
		this.remaining = new HashMap<>(estimates);
	}

	/** Count one agency's fees over the period; {@code level} is blank when it is not on the list. */
	void add(String agency, String level, long agencyFees) {
		Long agencyEstimate = this.remaining.remove(agency);
		if (agencyEstimate != null) {
			count(level, agencyEstimate, agencyFees);
		}
	}

	/** @return the totals; agencies with an estimate and no fees count in level "" */
	Budget budget(Optional<String> source) {
		this.remaining.values().forEach((agencyEstimate) -> count("", agencyEstimate, 0));
		this.remaining.clear();
		return new Budget(source, this.estimate, this.fees, this.agencies, this.over, this.byLevel);
	}

	private void count(String level, long agencyEstimate, long agencyFees) {
		long[] sums = this.byLevel.computeIfAbsent(level, (key) -> new long[2]);
		sums[0] += agencyEstimate;
		sums[1] += agencyFees;
		this.estimate += agencyEstimate;
		this.fees += agencyFees;
		this.agencies++;
		this.over += (agencyFees > agencyEstimate) ? 1 : 0;
	}

}
