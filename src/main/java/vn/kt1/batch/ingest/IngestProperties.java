package vn.kt1.batch.ingest;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where files arrive and how strict loading is.
 *
 * @param inbox the folder with {@code throughput/}, {@code usage/} and {@code spending/};
 * loaded files move to {@code processed/} and refused ones to {@code failed/} beside them
 * @param rejectThreshold the largest share of rejected rows a file may have and still load
 */
@ConfigurationProperties("kt1.ingest")
public record IngestProperties(Path inbox, Double rejectThreshold) {

	public IngestProperties {
		inbox = (inbox != null) ? inbox : Path.of("data", "inbox");
		rejectThreshold = (rejectThreshold != null) ? rejectThreshold : 0.05;
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
