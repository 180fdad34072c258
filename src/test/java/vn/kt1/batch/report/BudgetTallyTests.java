package vn.kt1.batch.report;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.kt1.batch.report.YearFigures.Budget;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetTallyTests {

	@Test
	void feesAreSetBesideTheEstimatesOfTheAgenciesThatHaveOne() {
		BudgetTally tally = new BudgetTally(Map.of("1820001", 1_000_000L, "3282493", 200_000L, "3282494", 50_000L));
		tally.add("1820001", "TINH", 900_000);
		tally.add("3282493", "XA", 260_000);
		tally.add("9999999", "", 70_000);

		Budget budget = tally.budget(Optional.of("estimateJob #7, 2026"));

		assertThat(budget.present()).isTrue();
		assertThat(budget.estimateVnd()).isEqualTo(1_250_000);
		assertThat(budget.feesVnd()).isEqualTo(1_160_000);
		assertThat(budget.agencies()).isEqualTo(3);
		assertThat(budget.over()).isEqualTo(1);
		assertThat(budget.byLevel()).containsOnlyKeys("", "TINH", "XA");
		assertThat(budget.byLevel().get("XA")).containsExactly(200_000, 260_000);
		assertThat(budget.byLevel().get("")).containsExactly(50_000, 0);
	}

	@Test
	void noEstimateIsNoBudget() {
		BudgetTally tally = new BudgetTally(Map.of());
		tally.add("1820001", "TINH", 900_000);

		Budget budget = tally.budget(Optional.empty());

		assertThat(budget.present()).isFalse();
		assertThat(budget.feesVnd()).isZero();
	}

}
