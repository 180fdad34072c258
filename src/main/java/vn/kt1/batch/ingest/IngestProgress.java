package vn.kt1.batch.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports a long load: rows, rows per second and the time left (estimated from the share
 * of the file read), at most every five seconds, on the console and in the log.
 */
public final class IngestProgress {

	private static final Logger logger = LoggerFactory.getLogger(IngestProgress.class);

	private final String file;

	private final PrintStream console;

	private final long started = System.nanoTime();

	private long lastReport = this.started;

	public IngestProgress(String file, PrintStream console) {
		this.file = file;
		this.console = console;
	}

	/**
	 * @param rowsSoFar rows read so far
	 * @param fractionDone share of the file read so far (0..1), or a negative value if unknown
	 */
	public void update(long rowsSoFar, double fractionDone) {
		long now = System.nanoTime();
		if (now - this.lastReport < Duration.ofSeconds(5).toNanos()) {
			return;
		}
		this.lastReport = now;
		double seconds = (now - this.started) / 1e9;
		String eta = (fractionDone > 0.01)
				? String.format(Locale.ROOT, ", ETA %.0f s", seconds * (1 - fractionDone) / fractionDone) : "";
		String line = String.format(Locale.ROOT, "  %s: %,d rows, %,.0f rows/s%s", this.file, rowsSoFar,
				rowsSoFar / Math.max(seconds, 1e-9), eta);
		if (this.console != null) {
			this.console.println(line);
		}
		logger.info(line.strip());
	}

}
