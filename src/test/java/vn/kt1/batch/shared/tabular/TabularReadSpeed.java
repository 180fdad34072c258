package vn.kt1.batch.shared.tabular;

import java.nio.file.Path;

import vn.kt1.batch.ingest.InputTemplates;

/**
 * Reading speed alone (no database): {@code TabularReadSpeed FILE...} prints rows per
 * second for each file. Not a test; a tool for tuning the readers.
 */
public final class TabularReadSpeed {

	private TabularReadSpeed() {
	}

	public static void main(String[] args) throws Exception {
		for (int round = 0; round < 2; round++) {
			for (String arg : args) {
				long start = System.nanoTime();
				long rows = 0;
				try (TabularReader reader = TabularReader.open(Path.of(arg), InputTemplates.THROUGHPUT)) {
					while (reader.next() != null) {
						rows++;
					}
				}
				double seconds = (System.nanoTime() - start) / 1e9;
				System.out.printf("%s: %,d rows in %.2f s = %,.0f rows/s%n", arg, rows, seconds, rows / seconds);
			}
		}
	}

}
