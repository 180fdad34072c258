package vn.kt1.batch.estimate;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AmountRuleTests {

	private static final EstimateProperties.Event CONGRESS = new EstimateProperties.Event(2026, new BigDecimal("1.15"),
			"Đại hội Đảng");

	@Test
	void contingencyThenRoundedUpToAThousand() {
		AmountRule rule = new AmountRule(BigDecimal.TEN, List.of());
		// 1,000,001 x 1.1 = 1,100,001.1
		assertThat(rule.amount(1_000_001)).isEqualTo(1_101_000);
		// exactly a thousand stays
		assertThat(rule.amount(1_000_000)).isEqualTo(1_100_000);
		assertThat(rule.amount(0)).isZero();
		assertThat(new AmountRule(BigDecimal.ZERO, List.of()).amount(1)).isEqualTo(1_000);
	}

	@Test
	void eventFactorsMultiplyAfterTheContingency() {
		assertThat(new AmountRule(BigDecimal.TEN, List.of(CONGRESS)).amount(1_000_000)).isEqualTo(1_265_000);
		AmountRule two = new AmountRule(BigDecimal.TEN,
				List.of(CONGRESS, new EstimateProperties.Event(2026, new BigDecimal("1.2"), "Bầu cử")));
		// 1,000,000 x 1.1 x 1.15 x 1.2 = 1,518,000
		assertThat(two.factor()).isEqualByComparingTo("1.38");
		assertThat(two.amount(1_000_000)).isEqualTo(1_518_000);
		// 123,457 x 1.1 x 1.15 = 156,173.1... -> 157,000
		assertThat(new AmountRule(BigDecimal.TEN, List.of(CONGRESS)).amount(123_457)).isEqualTo(157_000);
	}

	@Test
	void describedInVietnamese() {
		assertThat(new AmountRule(new BigDecimal("10.0"), List.of(CONGRESS)).describe())
			.isEqualTo("dự phòng 10 %; × 1,15 (Đại hội Đảng)");
		assertThat(new AmountRule(new BigDecimal("7.5"), List.of()).describe()).isEqualTo("dự phòng 7,5 %");
	}

}
