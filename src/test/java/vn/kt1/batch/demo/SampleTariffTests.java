package vn.kt1.batch.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SampleTariffTests {

	@Test
	void feeIsBasePlusSurchargesWithVatRounded() {
		// within the province, 20 g: 11,364 * 1.1 = 12,500.4
		assertThat(SampleTariff.expectedFee(true, 20, "KT1", "")).isEqualTo(12_500);
		// between provinces, 300 g: 27,273 + one extra 250 g step 4,545 = 31,818; Hỏa tốc 40,000; C 30,909;
		// 102,727 * 1.1 = 112,999.7
		assertThat(SampleTariff.expectedFee(false, 300, "HT", "C")).isEqualTo(113_000);
		// 751 g within the province: 15,000 + 3 steps of 1,364
		assertThat(SampleTariff.expectedFee(true, 751, "KT1", "")).isEqualTo(Math.round((15_000 + 3 * 1_364) * 1.1));
	}

}
