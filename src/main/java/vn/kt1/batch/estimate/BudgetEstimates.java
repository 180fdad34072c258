package vn.kt1.batch.estimate;

import java.util.Map;
import java.util.Optional;

/** The current budget estimate (dự toán) of each agency for a year, for reports on budget execution. */
public interface BudgetEstimates {

	/**
	 * @param year the budget year
	 * @return the estimate of each agency in whole VND, by agency code; empty when the year
	 * has no estimate
	 */
	Map<String, Long> forYear(int year);

	/**
	 * @param year the budget year
	 * @return which estimate run the figures come from, in one line, for provenance
	 */
	Optional<String> describe(int year);

}
