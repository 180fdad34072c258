package vn.kt1.batch.admin;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A kt1 process as the owner of job executions.
 *
 * @param id a random id, the key of its {@code kt1_process} row
 * @param host the host name
 * @param pid the operating system's process id
 * @param pidStartedMs when the operating system started the process (epoch ms), or
 * {@code null} when unknown; tells a live process from a later one that got the same pid
 */
public record ProcessIdentity(String id, String host, long pid, Long pidStartedMs) {

	static ProcessIdentity current() {
		ProcessHandle self = ProcessHandle.current();
		return new ProcessIdentity(UUID.randomUUID().toString(), hostName(), self.pid(), startedMs(self).orElse(null));
	}

	static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			String fromEnvironment = System.getenv("HOSTNAME");
			return (fromEnvironment != null) ? fromEnvironment : "unknown";
		}
	}

	static Optional<Long> startedMs(ProcessHandle process) {
		return process.info().startInstant().map(Instant::toEpochMilli);
	}

	@Override
	public String toString() {
		return this.host + " pid " + this.pid;
	}

}
