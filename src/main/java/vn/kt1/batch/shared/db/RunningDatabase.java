package vn.kt1.batch.shared.db;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.StringUtils;

/**
 * The database as it runs already, for a command that only reads and starts nothing: the
 * external server of {@code spring.datasource.url}, or else the embedded server another kt1
 * process (a {@code kt1 serve}) runs on the configured data directory, found as
 * {@link EmbeddedMariaDb#start} finds it. One connection, opened at once: a command that
 * runs a few queries needs no pool.
 */
public final class RunningDatabase {

	private RunningDatabase() {
	}

	/**
	 * @param configuration the application's configuration
	 * @return a data source on the running database, or empty when the embedded server does
	 * not run (or the database does not answer): then only the application can start it
	 */
	public static Optional<SingleConnectionDataSource> connect(Binder configuration) {
		String url = configuration.bind("spring.datasource.url", String.class).orElse("");
		if (StringUtils.hasText(url)) {
			return open(url, configuration.bind("spring.datasource.username", String.class).orElse(null),
					configuration.bind("spring.datasource.password", String.class).orElse(null));
		}
		EmbeddedMariaDbProperties embedded = configuration.bindOrCreate("kt1.db.embedded",
				EmbeddedMariaDbProperties.class);
		if (!Files.isDirectory(embedded.dataDir())) {
			return Optional.empty();
		}
		try (RunningServer running = RunningServer.lock(embedded.dataDir())) {
			return running.port(embedded.dataDir())
				.flatMap((port) -> open(EmbeddedMariaDb.jdbcUrl(port, embedded.database()), EmbeddedMariaDb.USER,
						EmbeddedMariaDb.PASSWORD));
		}
		catch (UncheckedIOException ex) {
			// the lock file cannot be written: the application says why
			return Optional.empty();
		}
	}

	private static Optional<SingleConnectionDataSource> open(String url, String user, String password) {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, user, password, true);
		try (Connection connection = dataSource.getConnection()) {
			return Optional.of(dataSource);
		}
		catch (SQLException ex) {
			dataSource.destroy();
			return Optional.empty();
		}
	}

}
