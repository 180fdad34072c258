package vn.kt1.batch.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The embedded server another kt1 process already runs on a data directory (for example a
 * {@code kt1 serve}): its port is written beside the data directory
 * ({@code <data dir>.port}), and a process that finds it answering on that port, with that
 * data directory, uses it instead of starting a second server on the same files. Starting
 * is serialised by a file lock ({@code <data dir>.lock}), so two processes starting at once
 * end up on one server.
 */
final class RunningServer implements AutoCloseable {

	private final Path portFile;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private RunningServer(Path dataDir, FileChannel lockChannel, FileLock lock) {
		this.portFile = sibling(dataDir, ".port");
		this.lockChannel = lockChannel;
		this.lock = lock;
	}

	/** Wait until no other process is starting a server on this data directory. */
	static RunningServer lock(Path dataDir) {
		try {
			FileChannel channel = FileChannel.open(sibling(dataDir, ".lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			return new RunningServer(dataDir, channel, channel.lock());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot lock " + sibling(dataDir, ".lock"), ex);
		}
	}

	/** @return the port of a server that runs on this data directory, if one answers */
	Optional<Integer> port(Path dataDir) {
		try {
			if (!Files.isRegularFile(this.portFile)) {
				return Optional.empty();
			}
			int port = Integer.parseInt(Files.readString(this.portFile, StandardCharsets.US_ASCII).trim());
			return servesDataDir(port, dataDir) ? Optional.of(port) : Optional.empty();
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	void started(int port) {
		try {
			Files.writeString(this.portFile, Integer.toString(port), StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + this.portFile, ex);
		}
	}

	static void stopped(Path dataDir) {
		try {
			Files.deleteIfExists(sibling(dataDir, ".port"));
		}
		catch (IOException ex) {
			// a stale port file is checked before use
		}
	}

	private static boolean servesDataDir(int port, Path dataDir) {
		try (Connection connection = DriverManager
			.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/?connectTimeout=2000", EmbeddedMariaDb.USER,
					EmbeddedMariaDb.PASSWORD);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT @@datadir")) {
			return rows.next() && Path.of(rows.getString(1)).toRealPath().equals(dataDir.toRealPath());
		}
		catch (SQLException | IOException ex) {
			return false;
		}
	}

	private static Path sibling(Path dataDir, String suffix) {
		Path absolute = dataDir.toAbsolutePath();
		return absolute.resolveSibling(absolute.getFileName() + suffix);
	}

	@Override
	public void close() {
		try {
			this.lock.release();
			this.lockChannel.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
