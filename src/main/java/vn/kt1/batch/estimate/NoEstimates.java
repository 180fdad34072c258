package vn.kt1.batch.estimate;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** No estimates yet: every year is without one. */
@Component
class NoEstimates implements BudgetEstimates {

	@Override
	public Map<String, Long> forYear(int year) {
		return Map.of();
	}

	@Override
	public Optional<String> describe(int year) {
		return Optional.empty();
	}

}
