package vn.kt1.batch;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console of a failing command, as a user sees it: {@code kt1} runs in a child JVM with
 * the packaged settings. Its job fails with an exception that Spring Batch logs with its
 * stack trace; the console shows what the command prints and one line {@code kt1: ...}, the
 * stack trace is in the log file only.
 */
@Kt1IntegrationTest
class ConsoleOutputFunctionalTests {

	private static final Path DIR = Path.of("target/it-data/console");

	private static final long RUN = 991_403;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JobRepository jobRepository;

	@BeforeEach
	void oneMonthOf2014Reconciled() {
		FileSystemUtils.deleteRecursively(DIR.toFile());
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		OperatorMessagesIntegrationTests.reconciled(this.jdbc, RUN, YearMonth.of(2014, 3));
	}

	@AfterEach
	void removeIt() {
		this.jdbc.update("DELETE FROM reconcile_run WHERE id = ?", RUN);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
	}

	@Test
	void aRefusedReportPrintsOneErrorLineAndNoStackTrace() throws Exception {
		Console console = kt1(((HikariDataSource) this.dataSource).getJdbcUrl(), "report", "year-end", "2014", "--out",
				DIR.resolve("out").toString());

		assertThat(console.exitCode()).isEqualTo(1);
		assertThat(console.err()).singleElement()
			.asString()
			.startsWith("kt1: 10 month(s) never reconciled: 2014-01, 2014-02, 2014-04")
			.endsWith("or override with --override-checks \"reason\" (recorded; the report then says which months "
					+ "it lacks)");
		assertThat(console.out()).singleElement().asString().matches("yearEndReportJob #\\d+ \\(year=2014, "
				+ "cutoff=2014-11-30\\): FAILED");
		String log = Files.readString(DIR.resolve("kt1.log"), StandardCharsets.UTF_8);
		assertThat(log).as("the stack trace is in the log file")
			.contains("vn.kt1.batch.reconcile.checks.DataChecksFailedException: 10 month(s) never reconciled")
			.containsPattern("\n\tat vn\\.kt1\\.batch\\.report\\.ReportTasklets");
	}

	@Test
	void aProcessThatCannotStartSaysWhyInOneLine() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}

		Console console = kt1("jdbc:mariadb://127.0.0.1:" + port + "/kt1", "executions");

		assertThat(console.exitCode()).isEqualTo(1);
		assertThat(console.out()).isEmpty();
		assertThat(console.err()).singleElement()
			.asString()
			.startsWith("kt1: cannot start: ")
			.contains("127.0.0.1:" + port)
			.endsWith(" (details in " + DIR.resolve("kt1.log") + ")");
	}

	/** Run kt1 in a child JVM on the given database; wait for it to end. */
	private static Console kt1(String databaseUrl, String... args) throws IOException, InterruptedException {
		Files.createDirectories(DIR);
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-cp", System.getProperty("java.class.path"), "-Duser.timezone=Asia/Ho_Chi_Minh",
				"-Dspring.config.location=classpath:/", "-Dkt1.data-dir=" + DIR,
				"-Dlogging.file.name=" + DIR.resolve("kt1.log"), "-Dspring.datasource.url=" + databaseUrl,
				Kt1Application.class.getName()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.redirectOutput(DIR.resolve("stdout.txt").toFile());
		builder.redirectError(DIR.resolve("stderr.txt").toFile());
		Process process = builder.start();
		assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("kt1 %s ends", String.join(" ", args)).isTrue();
		return new Console(process.exitValue(), Files.readAllLines(DIR.resolve("stdout.txt")),
				Files.readAllLines(DIR.resolve("stderr.txt")));
	}

	private record Console(int exitCode, List<String> out, List<String> err) {
	}

}
