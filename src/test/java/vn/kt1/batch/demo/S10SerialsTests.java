package vn.kt1.batch.demo;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class S10SerialsTests {

	@Test
	void everyProvinceHasItsOwnPrefixSoNationalBarcodesNeverCollide() {
		List<String> prefixes = AdminUnits.load().provinceCodes().stream().map(S10Serials::prefix).toList();

		assertThat(prefixes).hasSize(34).doesNotHaveDuplicates().allSatisfy((p) -> assertThat(p).matches("[A-Z]{2}"));
		assertThat(S10Serials.prefix("40")).isNotEqualTo(S10Serials.prefix("92"));
		assertThat(S10Serials.prefix("04")).isNotEqualTo(S10Serials.prefix("56"));
	}

	@Test
	void theSampleProvinceKeepsItsBarcodes() {
		assertThat(S10Serials.prefix("82")).isEqualTo("KE");
		assertThat(S10Serials.next("KE", 1)).startsWith("KE00000001").endsWith("VN");
	}

}
