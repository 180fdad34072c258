package vn.kt1.batch.reconcile.tally;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyFlagsTests {

	private final AgencyFlags flags = new AgencyFlags(new MoneyTolerance(1_000, new BigDecimal("0.5")), 0);

	@Test
	void moneyAgreesWithinTheLargerOfTheFixedAmountAndTheShare() {
		MoneyTolerance tolerance = new MoneyTolerance(1_000, new BigDecimal("0.5"));
		assertThat(tolerance.agrees(40_000, 41_000)).isTrue();
		assertThat(tolerance.agrees(40_000, 41_001)).isFalse();
		// 0.5 % of 1,000,000 is 5,000, more than 1,000
		assertThat(tolerance.agrees(1_000_000, 995_000)).isTrue();
		assertThat(tolerance.agrees(1_000_000, 994_999)).isFalse();
	}

	@Test
	void countsMustBeExactByDefault() {
		assertThat(this.flags.judge(month(3, 37_500, 37_500, 2, 37_500L, 37_500), true))
			.containsExactly(Flag.COUNT_MISMATCH);
		AgencyFlags lenient = new AgencyFlags(new MoneyTolerance(1_000, new BigDecimal("0.5")), 1);
		assertThat(lenient.judge(month(3, 37_500, 37_500, 2, 37_500L, 37_500), true)).containsExactly(Flag.MATCHED);
	}

	@Test
	void paymentsAreJudgedOnlyWhenAsked() {
		AgencyMonth unpaid = month(1, 12_500, 12_500, 1, 12_500L, 0);
		assertThat(this.flags.judge(unpaid, false)).containsExactly(Flag.MATCHED);
		assertThat(this.flags.judge(unpaid, true)).containsExactly(Flag.UNPAID);
		assertThat(this.flags.judge(month(1, 12_500, 12_500, 1, 12_500L, -500), true)).containsExactly(Flag.UNPAID);
	}

	@Test
	void aRefundWithoutFeesIsNoPaymentFinding() {
		assertThat(this.flags.judge(month(0, 0, 0, 0, 0L, -12_500), true)).containsExactly(Flag.NO_THROUGHPUT);
	}

	@Test
	void anEmptyReportOfAnIdleAgencyMatches() {
		assertThat(this.flags.judge(month(0, 0, 0, 0, 0L, 0), true)).containsExactly(Flag.MATCHED);
		assertThat(this.flags.judge(new AgencyMonth("3282494", true, 0, 0, 0, 0, 0, null, null, 0), true))
			.containsExactly(Flag.REPORT_MISSING);
	}

	@Test
	void itemsOutsideTheValidityOfAListedAgencyAreIneligible() {
		AgencyMonth partly = new AgencyMonth("1820002", true, 2, 25_000, 25_000, 0, 1, 2, 25_000L, 25_000);
		assertThat(this.flags.judge(partly, true)).containsExactly(Flag.INELIGIBLE_SENDER);
	}

	private static AgencyMonth month(int items, long fees, long expected, Integer reported, Long reportedVnd,
			long paid) {
		return new AgencyMonth("1820001", true, items, fees, expected, 0, 0, reported, reportedVnd, paid);
	}

}
