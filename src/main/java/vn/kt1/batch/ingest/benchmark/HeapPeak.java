package vn.kt1.batch.ingest.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The most heap in use at any one moment while a measurement runs: the heap's occupancy
 * just before each collection (summed over its pools at that moment, when it is highest) and,
 * between collections, sampled every few milliseconds. Adding up each pool's own peak, as
 * the pools report them, counts peaks of different moments together and can exceed the
 * heap's limit; this never does.
 */
final class HeapPeak implements AutoCloseable {

	private final AtomicLong peak = new AtomicLong();

	private final List<Runnable> removals = new ArrayList<>();

	private final Thread sampler;

	private volatile boolean running = true;

	private HeapPeak() {
		NotificationListener listener = (notification, handback) -> {
			if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
				GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
					.from((CompositeData) notification.getUserData());
				long before = 0;
				for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
					before += isHeap(pool.getKey()) ? pool.getValue().getUsed() : 0;
				}
				record(before);
			}
		};
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			NotificationEmitter emitter = (NotificationEmitter) collector;
			emitter.addNotificationListener(listener, null, null);
			this.removals.add(() -> {
				try {
					emitter.removeNotificationListener(listener);
				}
				catch (Exception ex) {
					// gone already
				}
			});
		}
		this.sampler = new Thread(this::sample, "heap-peak");
		this.sampler.setDaemon(true);
		this.sampler.start();
	}

	/** @return a measurement started now, after a collection */
	static HeapPeak start() {
		System.gc();
		return new HeapPeak();
	}

	private void sample() {
		while (this.running) {
			record(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private void record(long used) {
		this.peak.accumulateAndGet(used, Math::max);
	}

	private static boolean isHeap(String pool) {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.anyMatch((bean) -> bean.getName().equals(pool) && bean.getType() == java.lang.management.MemoryType.HEAP);
	}

	/** @return the most heap in use so far, in bytes */
	long peakBytes() {
		record(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		return this.peak.get();
	}

	static long maxBytes() {
		return Runtime.getRuntime().maxMemory();
	}

	/** @return the machine a benchmark ran on, for its first line: cores, heap limit, Java */
	static String machine() {
		return String.format("Machine: %d cores, JVM max heap %d MB, Java %s", Runtime.getRuntime().availableProcessors(),
				maxBytes() >> 20, System.getProperty("java.version"));
	}

	@Override
	public void close() {
		this.running = false;
		this.sampler.interrupt();
		this.removals.forEach(Runnable::run);
	}

}
