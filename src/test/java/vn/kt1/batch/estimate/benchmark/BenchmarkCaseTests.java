package vn.kt1.batch.estimate.benchmark;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkCaseTests {

	@Test
	void validationOriginsLieInsideTheTrainingPartAndNeverReadTheTestPart() {
		double[] training = new double[60];
		for (int t = 0; t < 60; t++) {
			training[t] = t;
		}
		double[] test = new double[18];
		java.util.Arrays.fill(test, -1);

		List<BenchmarkCase> cases = BenchmarkCase.validation(List.of(new M3Series("S", "MICRO", training, test)), 18, 4);

		// origins after months 42, 36 and 30; a fourth (24 months) leaves two years, a fifth would not
		assertThat(cases).extracting(BenchmarkCase::id).containsExactly("S@0", "S@1", "S@2", "S@3");
		assertThat(cases.get(0).history()).hasSize(42);
		assertThat(cases.get(0).actual()).startsWith(42).endsWith(59).hasSize(18);
		assertThat(cases.get(3).history()).hasSize(24);
		assertThat(cases.get(3).actual()).startsWith(24).endsWith(41);
		assertThat(cases).allSatisfy((c) -> assertThat(c.actual()).doesNotContain(-1));
		assertThat(BenchmarkCase.test(List.of(new M3Series("S", "MICRO", training, test)), 6).get(0).actual())
			.containsExactly(-1, -1, -1, -1, -1, -1);
	}

}
