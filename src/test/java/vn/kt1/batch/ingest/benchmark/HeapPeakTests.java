package vn.kt1.batch.ingest.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's peak heap: at least what was held at one moment, never above the heap's limit. */
class HeapPeakTests {

	private static final int MB = 1 << 20;

	@Test
	void theHeapHeldAtOneMomentIsCountedAndThePeakStaysWithinTheLimit() {
		long max = HeapPeak.maxBytes();
		int held = (int) Math.min(64L * MB, max / 4);
		byte[][] garbage = new byte[8][];
		try (HeapPeak peak = HeapPeak.start()) {
			byte[] kept = new byte[held];
			// a gigabyte allocated and dropped: many collections, each pool at its own peak
			for (long allocated = 0; allocated < 1024L * MB; allocated += MB) {
				garbage[(int) (allocated / MB) % garbage.length] = new byte[MB];
			}

			assertThat(peak.peakBytes()).isGreaterThanOrEqualTo(kept.length).isLessThanOrEqualTo(max);
		}
		assertThat(garbage[0]).hasSize(MB);
	}

}
