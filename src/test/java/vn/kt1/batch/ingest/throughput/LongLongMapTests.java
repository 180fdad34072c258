package vn.kt1.batch.ingest.throughput;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LongLongMapTests {

	@Test
	void keepsEveryEntryAcrossGrowth() {
		LongLongMap map = new LongLongMap(4);
		for (long key = 0; key < 100_000; key++) {
			map.put(key * 7919, key);
		}
		map.put(7919, -5);

		assertThat(map.get(0, -1)).isZero();
		assertThat(map.get(7919, -1)).isEqualTo(-5);
		assertThat(map.get(99_999L * 7919, -1)).isEqualTo(99_999);
		assertThat(map.get(3, -1)).isEqualTo(-1);
	}

}
