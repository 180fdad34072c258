package vn.kt1.batch.admin;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Whether the process that owns a running execution is still alive. The rule:
 * <ul>
 * <li>its {@code kt1_process} row is gone: it ended (a process removes its row when it
 * closes), so it is dead;</li>
 * <li>it ran on this host: it is alive exactly while the operating system has a process
 * with its pid that started when it did (a reused pid does not count);</li>
 * <li>it ran on another host: it is alive while its heartbeat is younger than the
 * timeout.</li>
 * </ul>
 */
final class OwnerLiveness {

	/** Tolerance when comparing process start times (their precision varies). */
	private static final long START_TOLERANCE_MS = 1000;

	private OwnerLiveness() {
	}

	/**
	 * @param owner the recorded owner
	 * @param thisHost this process's host name
	 * @param timeout the age after which another host's heartbeat means a dead process
	 * @param pidStartedMs for a pid of this host: empty when no such process runs, else its
	 * start time in epoch ms (or -1 when unknown)
	 * @return whether the owner is alive
	 */
	static boolean isAlive(ExecutionOwner owner, String thisHost, Duration timeout,
			LongFunction<Optional<Long>> pidStartedMs) {
		if (owner.processRowGone()) {
			return false;
		}
		ProcessIdentity process = owner.process();
		if (process.host().equals(thisHost)) {
			Optional<Long> started = pidStartedMs.apply(process.pid());
			if (started.isEmpty()) {
				return false;
			}
			return process.pidStartedMs() == null || started.get() < 0
					|| Math.abs(started.get() - process.pidStartedMs()) <= START_TOLERANCE_MS;
		}
		return owner.heartbeatAgeMs() < timeout.toMillis();
	}

	/** @return the start time of a live process of this host, -1 when unknown */
	static Optional<Long> localPidStartedMs(long pid) {
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.map((process) -> ProcessIdentity.startedMs(process).orElse(-1L));
	}

}
