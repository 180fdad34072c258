package vn.kt1.batch.shared.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the in-process MariaDB server that runs when no JDBC URL is configured.
 *
 * @param dataDir where the databases live; a second start finds the data of the first
 * @param baseDir where the server binaries are unpacked
 * @param port TCP port, {@code 0} for a free one
 * @param database name of the schema to create and use
 * @param bufferPoolSize InnoDB buffer pool, sized for bulk loads
 * @param logFileSize InnoDB redo log size
 */
@ConfigurationProperties("kt1.db.embedded")
public record EmbeddedMariaDbProperties(Path dataDir, Path baseDir, Integer port, String database,
		String bufferPoolSize, String logFileSize) {

	public EmbeddedMariaDbProperties {
		dataDir = (dataDir != null) ? dataDir : Path.of("data", "mariadb", "data");
		baseDir = (baseDir != null) ? baseDir : Path.of("data", "mariadb", "base");
		port = (port != null) ? port : 0;
		database = (database != null) ? database : "kt1";
		bufferPoolSize = (bufferPoolSize != null) ? bufferPoolSize : "512M";
		logFileSize = (logFileSize != null) ? logFileSize : "256M";
	}

}
