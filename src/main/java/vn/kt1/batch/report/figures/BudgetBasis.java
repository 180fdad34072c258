package vn.kt1.batch.report.figures;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each agency's budget execution is measured against: the budget allocated to it
 * (dự toán được giao) when it has one, else kt1-batch's estimate for the year.
 *
 * @param amounts the budget of each agency, by code
 * @param allocated the agencies whose budget is an allocation
 * @param estimateSource which estimate run the other figures come from, for provenance
 */
public record BudgetBasis(Map<String, Long> amounts, Set<String> allocated, Optional<String> estimateSource) {

	static BudgetBasis of(Map<String, Long> allocations, Map<String, Long> estimates, Optional<String> estimateSource) {
		Map<String, Long> amounts = new HashMap<>(estimates);
		amounts.putAll(allocations);
		return new BudgetBasis(Map.copyOf(amounts), Set.copyOf(allocations.keySet()),
				estimates.keySet().stream().anyMatch((agency) -> !allocations.containsKey(agency)) ? estimateSource
						: Optional.empty());
	}

	/** @return {@code Được giao} or {@code Ước tính}, or {@code null} for an agency without a budget */
	public String kind(String agency) {
		return this.allocated.contains(agency) ? "Được giao" : this.amounts.containsKey(agency) ? "Ước tính" : null;
	}

}
