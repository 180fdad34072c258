package vn.kt1.batch.report.figures;

import org.springframework.stereotype.Component;

import vn.kt1.batch.budget.Budgets;
import vn.kt1.batch.estimate.BudgetEstimates;

/** Reads a year's {@link BudgetBasis}: the allocations, and the estimate for the agencies without one. */
@Component
public class BudgetBases {

	private final Budgets budgets;

	private final BudgetEstimates estimates;

	BudgetBases(Budgets budgets, BudgetEstimates estimates) {
		this.budgets = budgets;
		this.estimates = estimates;
	}

	public BudgetBasis forYear(int year) {
		return BudgetBasis.of(this.budgets.allocated(year), this.estimates.forYear(year), this.estimates.describe(year));
	}

}
