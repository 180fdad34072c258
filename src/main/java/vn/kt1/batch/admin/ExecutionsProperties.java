package vn.kt1.batch.admin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a kt1 process shows that it is alive while it runs jobs, and how it stops them.
 *
 * @param heartbeatInterval how often the process writes its heartbeat
 * @param ownerTimeout how old another host's heartbeat may be before its executions count
 * as left by a dead process
 * @param stopTimeout on shutdown (SIGTERM), how long to wait for running executions to
 * stop at their next chunk or tasklet boundary
 */
@ConfigurationProperties("kt1.executions")
public record ExecutionsProperties(Duration heartbeatInterval, Duration ownerTimeout, Duration stopTimeout) {

	public ExecutionsProperties {
		heartbeatInterval = (heartbeatInterval != null) ? heartbeatInterval : Duration.ofSeconds(10);
		ownerTimeout = (ownerTimeout != null) ? ownerTimeout : Duration.ofSeconds(60);
		stopTimeout = (stopTimeout != null) ? stopTimeout : Duration.ofSeconds(60);
	}

}
