package vn.kt1.batch.ingest.throughput;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BarcodeKeysTests {

	@Test
	void distinctBarcodesGetDistinctNonNegativeKeys() {
		Set<Long> keys = new HashSet<>();
		for (String barcode : new String[] { "AA000000000AA", "ZZ999999999ZZ", "KT123456785VN", "KT123456786VN",
				"EK123456785VN", "KT123456785VM" }) {
			long key = BarcodeKeys.of(barcode);
			assertThat(key).isNotNegative();
			keys.add(key);
		}
		assertThat(keys).hasSize(6);
	}

}
