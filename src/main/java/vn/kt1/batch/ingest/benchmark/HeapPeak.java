package vn.kt1.batch.ingest.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The JVM's peak heap use, summed over the heap pools, since the last reset. */
final class HeapPeak {

	private HeapPeak() {
	}

	static void reset() {
		System.gc();
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	static long peakBytes() {
		return heapPools().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
	}

	static long maxBytes() {
		return Runtime.getRuntime().maxMemory();
	}

	private static java.util.stream.Stream<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter((pool) -> pool.getType() == MemoryType.HEAP);
	}

}
