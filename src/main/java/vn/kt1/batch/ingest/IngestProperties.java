package vn.kt1.batch.ingest;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where files arrive and how strict loading is. The defaults are here, and only here.
 *
 * @param inbox the folder with {@code throughput/}, {@code usage/} and {@code spending/};
 * loaded files move to {@code processed/} and refused ones to {@code failed/} beside them
 * (default {@code data/inbox})
 * @param rejectThreshold the largest share of rejected rows a file may have and still load
 * (default 0.05)
 * @param quietPeriod how long a file must stay unchanged (size and modification time) before
 * it is taken (default 60 s)
 * @param maxLoadAttempts how many times loading a file may stop the process before the file is
 * refused at its next start, so that it cannot stop every night (default 2)
 */
@ConfigurationProperties("kt1.ingest")
public record IngestProperties(Path inbox, Double rejectThreshold, Duration quietPeriod, Integer maxLoadAttempts) {

	public IngestProperties {
		inbox = (inbox != null) ? inbox : Path.of("data", "inbox");
		rejectThreshold = (rejectThreshold != null) ? rejectThreshold : 0.05;
		quietPeriod = (quietPeriod != null) ? quietPeriod : Duration.ofSeconds(60);
		maxLoadAttempts = (maxLoadAttempts != null) ? maxLoadAttempts : 2;
	}

	/** @return the folder of loaded files */
	public Path processed() {
		return this.inbox.resolve("processed");
	}

	/** @return the folder of refused files */
	public Path failed() {
		return this.inbox.resolve("failed");
	}

}
