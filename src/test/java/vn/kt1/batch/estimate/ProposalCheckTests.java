package vn.kt1.batch.estimate;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalCheckTests {

	private static final BigDecimal TWENTY = BigDecimal.valueOf(20);

	@Test
	void aProposalFurtherThanTheThresholdEitherWayIsMarked() {
		ProposalCheck high = ProposalCheck.of(10_000_000, 13_550_000L, TWENTY);
		assertThat(high.difference()).isEqualTo(0.355);
		assertThat(high.mark()).isEqualTo("Đề xuất cao hơn dự toán 35,5% (ngưỡng 20%)");

		ProposalCheck low = ProposalCheck.of(10_000_000, 7_000_000L, TWENTY);
		assertThat(low.difference()).isEqualTo(-0.3);
		assertThat(low.mark()).isEqualTo("Đề xuất thấp hơn dự toán 30,0% (ngưỡng 20%)");
	}

	@Test
	void aProposalWithinTheThresholdIsNotMarked() {
		assertThat(ProposalCheck.of(10_000_000, 12_000_000L, TWENTY).mark()).isNull();
		assertThat(ProposalCheck.of(10_000_000, 8_000_000L, TWENTY).mark()).isNull();
		assertThat(ProposalCheck.of(10_000_000, 12_000_001L, TWENTY).mark()).isNotNull();
	}

	@Test
	void withoutAProposalOrWithAnEstimateOfZero() {
		assertThat(ProposalCheck.of(10_000_000, null, TWENTY)).isEqualTo(ProposalCheck.NONE);
		assertThat(ProposalCheck.of(0, 500_000L, TWENTY).mark()).isEqualTo("Đề xuất khi dự toán bằng 0");
		assertThat(ProposalCheck.of(0, 500_000L, TWENTY).difference()).isNull();
	}

}
