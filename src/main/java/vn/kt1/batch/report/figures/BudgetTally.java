package vn.kt1.batch.report.figures;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import vn.kt1.batch.report.figures.YearFigures.Budget;

/**
 * Sets each agency's fees and payments beside its budget for the year (allocated, or
 * estimated when none was allocated): totals over the agencies with a budget (an agency with
 * a budget and no fees counts with 0), per level, and the agencies whose fees passed their
 * budget. Agencies without a budget are left out.
 */
final class BudgetTally {

	private final BudgetBasis basis;

	private final Map<String, Long> remaining;

	private final Map<String, long[]> byLevel = new TreeMap<>();

	private long budget;

	private long fees;

	private long paid;

	private long agencies;

	private long allocated;

	private long over;

	BudgetTally(BudgetBasis basis) {
		this.basis = basis;
		this.remaining = new HashMap<>(basis.amounts());
	}

	/** Count one agency's fees and payments over the period; {@code level} is blank when it is not on the list. */
	void add(String agency, String level, long agencyFees, long agencyPaid) {
		Long agencyBudget = this.remaining.remove(agency);
		if (agencyBudget != null) {
			count(agency, level, agencyBudget, agencyFees, agencyPaid);
		}
	}

	/** @return the totals; agencies with a budget and neither fees nor payments count in level "" */
	Budget budget() {
		this.remaining.forEach((agency, agencyBudget) -> count(agency, "", agencyBudget, 0, 0));
		this.remaining.clear();
		return new Budget(this.basis.estimateSource(), this.budget, this.fees, this.paid, this.agencies, this.allocated,
				this.over, this.byLevel);
	}

	private void count(String agency, String level, long agencyBudget, long agencyFees, long agencyPaid) {
		long[] sums = this.byLevel.computeIfAbsent(level, (key) -> new long[3]);
		sums[0] += agencyBudget;
		sums[1] += agencyFees;
		sums[2] += agencyPaid;
		this.budget += agencyBudget;
		this.fees += agencyFees;
		this.paid += agencyPaid;
		this.agencies++;
		this.allocated += this.basis.allocated().contains(agency) ? 1 : 0;
		this.over += (agencyFees > agencyBudget) ? 1 : 0;
	}

}
