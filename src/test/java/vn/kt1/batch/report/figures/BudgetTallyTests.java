package vn.kt1.batch.report.figures;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.kt1.batch.report.figures.YearFigures.Budget;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetTallyTests {

	@Test
	void feesAreSetBesideTheEstimatesOfTheAgenciesThatHaveOne() {
		BudgetTally tally = new BudgetTally(BudgetBasis.of(Map.of("1820001", 1_100_000L),
				Map.of("1820001", 1_000_000L, "3282493", 200_000L, "3282494", 50_000L), Optional.of("estimateJob #7, 2026")));
		tally.add("1820001", "TINH", 900_000, 800_000);
		tally.add("3282493", "XA", 260_000, 100_000);
		tally.add("9999999", "", 70_000, 70_000);

		Budget budget = tally.budget();

		assertThat(budget.present()).isTrue();
		assertThat(budget.source()).contains("estimateJob #7, 2026");
		assertThat(budget.estimateVnd()).isEqualTo(1_350_000);
		assertThat(budget.feesVnd()).isEqualTo(1_160_000);
		assertThat(budget.paidVnd()).isEqualTo(900_000);
		assertThat(budget.agencies()).isEqualTo(3);
		assertThat(budget.allocated()).isEqualTo(1);
		assertThat(budget.over()).isEqualTo(1);
		assertThat(budget.byLevel()).containsOnlyKeys("", "TINH", "XA");
		assertThat(budget.byLevel().get("TINH")).containsExactly(1_100_000, 900_000, 800_000);
		assertThat(budget.byLevel().get("XA")).containsExactly(200_000, 260_000, 100_000);
		assertThat(budget.byLevel().get("")).containsExactly(50_000, 0, 0);
	}

	@Test
	void allocationsAloneNeedNoEstimateRun() {
		BudgetBasis basis = BudgetBasis.of(Map.of("1820001", 1_000L), Map.of("1820001", 900L), Optional.of("estimateJob #7"));

		assertThat(basis.estimateSource()).isEmpty();
		assertThat(basis.kind("1820001")).isEqualTo("Được giao");
		assertThat(basis.kind("3282493")).isNull();
	}

	@Test
	void noEstimateIsNoBudget() {
		BudgetTally tally = new BudgetTally(BudgetBasis.of(Map.of(), Map.of(), Optional.empty()));
		tally.add("1820001", "TINH", 900_000, 900_000);

		Budget budget = tally.budget();

		assertThat(budget.present()).isFalse();
		assertThat(budget.feesVnd()).isZero();
	}

}
