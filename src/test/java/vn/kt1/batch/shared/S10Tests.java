package vn.kt1.batch.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class S10Tests {

	@Test
	void checkDigitByTheUpuWeights() {
		// 1*8 + 2*6 + 3*4 + 4*2 + 5*3 + 6*5 + 7*9 + 8*7 = 204; 204 mod 11 = 6; 11 - 6 = 5
		assertThat(S10.of("RR", 12_345_678, "VN")).isEqualTo("RR123456785VN");
		// 1*8 + 7*7 = 57; 57 mod 11 = 2; 11 - 2 = 9
		assertThat(S10.of("KT", 10_000_007, "VN")).isEqualTo("KT100000079VN");
		// sum 0: 11 - 0 = 11, written 5
		assertThat(S10.of("EE", 0, "VN")).isEqualTo("EE000000005VN");
	}

	@Test
	void validatesFormAndCheckDigit() {
		assertThat(S10.isValid("RR123456785VN")).isTrue();
		assertThat(S10.isValid("RR123456786VN")).isFalse();
		assertThat(S10.isValid("rr123456785VN")).isFalse();
		assertThat(S10.isValid("RR12345678VN")).isFalse();
		assertThat(S10.isValid("RR12345678XVN")).isFalse();
		assertThat(S10.isValid(null)).isFalse();
	}

}
