package vn.kt1.batch.admin;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OwnerLivenessTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final LongFunction<Optional<Long>> PID_4242_STARTED_AT_1000 = (pid) -> (pid == 4242)
			? Optional.of(1000L) : Optional.empty();

	@Test
	void aProcessWhoseRowIsGoneEnded() {
		ExecutionOwner owner = new ExecutionOwner(7, new ProcessIdentity("p", null, 0, null), null);

		assertThat(OwnerLiveness.isAlive(owner, "here", TIMEOUT, PID_4242_STARTED_AT_1000)).isFalse();
	}

	@Test
	void onThisHostThePidDecidesWhateverTheHeartbeat() {
		assertThat(alive("here", 4242, 1000L, 999_999L)).isTrue();
		assertThat(alive("here", 4242, 1500L, 0L)).isTrue();
		assertThat(alive("here", 4343, 1000L, 0L)).as("no such process").isFalse();
		assertThat(alive("here", 4242, 90_000L, 0L)).as("the pid was reused by a later process").isFalse();
		assertThat(alive("here", 4242, null, 0L)).as("start time unknown").isTrue();
	}

	@Test
	void onAnotherHostTheHeartbeatDecides() {
		assertThat(alive("there", 4343, 1000L, 59_999L)).isTrue();
		assertThat(alive("there", 4343, 1000L, 60_000L)).isFalse();
	}

	private static boolean alive(String host, long pid, Long pidStartedMs, long heartbeatAgeMs) {
		ExecutionOwner owner = new ExecutionOwner(7, new ProcessIdentity("p", host, pid, pidStartedMs),
				heartbeatAgeMs);
		return OwnerLiveness.isAlive(owner, "here", TIMEOUT, PID_4242_STARTED_AT_1000);
	}

}
