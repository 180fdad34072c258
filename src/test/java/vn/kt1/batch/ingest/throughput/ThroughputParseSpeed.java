package vn.kt1.batch.ingest.throughput;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import vn.kt1.batch.ingest.IngestFaults;
import vn.kt1.batch.ingest.IngestProgress;
import vn.kt1.batch.ingest.InputTemplates;
import vn.kt1.batch.ingest.ReferenceLookup;
import vn.kt1.batch.shared.input.PlausibleDates;
import vn.kt1.batch.shared.tabular.TabularReader;

/**
 * Parsing speed of throughput files without a database: {@code ThroughputParseSpeed FILE...}
 * reads, checks and encodes every row as the loader does, and prints rows per second and
 * the CPU time per row. Not a test; a tool for tuning the loader.
 */
public final class ThroughputParseSpeed {

	private ThroughputParseSpeed() {
	}

	public static void main(String[] args) throws Exception {
		Set<String> offices = new java.util.HashSet<>();
		java.nio.file.Files.readAllLines(Path.of("config/reference/dong-thap-82/post-offices.csv"))
			.forEach((line) -> offices.add(line.replace("\uFEFF", "").split(",")[0]));
		ReferenceLookup reference = ReferenceLookup.of(offices, java.util.Map.of());
		for (int round = 0; round < 3; round++) {
			for (String arg : args) {
				long cpu = cpu();
				long start = System.nanoTime();
				long bytes = 0;
				ThroughputBlocks blocks;
				try (TabularReader reader = TabularReader.open(Path.of(arg), InputTemplates.THROUGHPUT)) {
					blocks = new ThroughputBlocks(1, arg, reader,
							new ThroughputRowParser(reference, new PlausibleDates(LocalDate.now())),
							new ItemStateChecker(), new IngestProgress(arg, null), new IngestFaults());
					for (byte[] block = blocks.next(); block != null; block = blocks.next()) {
						bytes += block.length;
					}
				}
				double seconds = (System.nanoTime() - start) / 1e9;
				double cpuSeconds = (cpu() - cpu) / 1e9;
				System.out.printf("%s: %,d rows (%,d rejected), %,d bytes encoded in %.2f s = %,.0f rows/s; "
						+ "CPU %.2f s = %,.0f rows per CPU second%n", arg, blocks.rowsRead(), blocks.rejected().count(),
						bytes, seconds, blocks.rowsRead() / seconds, cpuSeconds, blocks.rowsRead() / cpuSeconds);
			}
		}
	}

	private static long cpu() {
		return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean())
			.getCurrentThreadCpuTime();
	}

}
