package vn.kt1.batch;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.ProcessBuilder.Redirect;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.ingest.IngestTestSupport;
import vn.kt1.batch.reference.ReferenceImportService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read-only commands answered without the application print byte for byte what the
 * application prints, on a database with executions, data checks and schedules; and the
 * command lines they cannot answer are left to the application.
 */
@Kt1IntegrationTest
class ReadWithoutSpringIntegrationTests {

	/** The configuration of this test's context, read as the command line reads it. */
	private static final Map<String, Object> TEST_PROPERTIES = Map.of("spring.config.location", "classpath:/",
			"kt1.data-dir", "target/it-data");

	@Autowired
	private Kt1CommandLine commandLine;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Scheduler scheduler;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private IngestProperties properties;

	private CommandLineCapture kt1;

	@BeforeEach
	void aNightThatRanIngestAndReconcile() throws Exception {
		this.kt1 = new CommandLineCapture(this.commandLine);
		this.scheduler.clear();
		this.jdbc.update("DELETE FROM QRTZ_SCHEDULER_STATE");
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		IngestTestSupport.deliver("basic", this.properties);
		assertThat(this.kt1.run("trigger", "nightly")).isZero();
	}

	@AfterEach
	void noSchedules() throws Exception {
		this.scheduler.clear();
		this.jdbc.update("DELETE FROM QRTZ_SCHEDULER_STATE");
	}

	@Test
	void executionsPrintTheSame() {
		assertThat(samePrinted("executions")).contains("ingestJob ").contains("reconcileJob ");
		assertThat(samePrinted("executions", "--job", "ingest", "--limit", "1")).contains("ingestJob ")
			.doesNotContain("reconcileJob");
		assertThat(samePrinted("executions", "--status", "FAILED")).hasLineCount(1);
		samePrinted("executions", "--status", "FINE");
	}

	@Test
	void anExecutionPrintsTheSame() {
		String ingest = this.jdbc.queryForObject("SELECT MIN(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", String.class);
		String reconcile = this.jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION",
				String.class);

		assertThat(samePrinted("execution", ingest)).startsWith("ingestJob execution " + ingest)
			.contains("completed: a restart has nothing to do");
		assertThat(samePrinted("execution", reconcile)).startsWith("reconcileJob execution " + reconcile);
		assertThat(samePrinted("execution", "99999999")).isEmpty();
		samePrinted("execution");
	}

	@Test
	void checksPrintTheSame() {
		assertThat(samePrinted("checks", "--all")).contains("2026-10 ").endsWith("\n");
		assertThat(samePrinted("checks", "--all").lines().count()).isGreaterThan(2);
		samePrinted("checks");
		samePrinted("checks", "--from", "2026-11");
		samePrinted("checks", "--from", "2026-11", "--to", "2026-10");
	}

	@Test
	void schedulesPrintTheSameWhenTheFilesAreApplied() {
		assertThat(samePrinted("schedules")).contains("\nnightly      chain nightly ")
			.endsWith("serve: not running (kt1 trigger NAME runs a schedule in its own process)\n");
		assertThat(this.kt1.run("pause", "nightly")).isZero();
		this.jdbc.update("INSERT INTO QRTZ_SCHEDULER_STATE (SCHED_NAME, INSTANCE_NAME, LAST_CHECKIN_TIME, "
				+ "CHECKIN_INTERVAL) VALUES ('kt1', 'test-serve', ?, 7500)", System.currentTimeMillis() + 60_000);

		assertThat(samePrinted("schedules")).contains("  PAUSED\n").endsWith("serve: running (test-serve)\n");
	}

	@Test
	void theCommandLineAnswersWithoutAnApplicationContextAndPrintsOnlyTheCommandsOutput() throws Exception {
		assertThat(this.kt1.run("executions")).isZero();
		Path classes = Path.of("target/read-without-spring-classes.txt");
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xlog:class+load=info:file=" + classes, "-cp", System.getProperty("java.class.path"),
				"-Dspring.config.location=classpath:/", "-Dkt1.data-dir=target/it-data"));
		String url = System.getProperty("spring.datasource.url");
		if (url != null) {
			command.add("-Dspring.datasource.url=" + url);
		}
		command.addAll(List.of(Kt1Application.class.getName(), "executions"));
		Process process = new ProcessBuilder(command).redirectError(Redirect.DISCARD).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).isZero();
		assertThat(out).isEqualTo(this.kt1.out());
		assertThat(Files.readString(classes)).as("classes loaded by kt1 executions")
			.contains("vn.kt1.batch.ReadWithoutSpring ")
			.doesNotContain("org.springframework.context.support.GenericApplicationContext ")
			.doesNotContain("org.springframework.boot.SpringApplicationRunListeners ");
	}

	@Test
	void schedulesWithFilesNotYetAppliedAreLeftToTheApplication() throws Exception {
		this.scheduler.clear();

		assertThat(answer(TEST_PROPERTIES, "schedules")).isNull();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_JOB_DETAILS", Integer.class)).isZero();
		assertThat(answer(TEST_PROPERTIES, "schedules", "--bogus")).isNull();
	}

	@Test
	void withoutARunningEmbeddedServerTheApplicationAnswers(@TempDir Path dataDir) throws Exception {
		assertThat(answer(Map.of("spring.config.location", "classpath:/", "kt1.data-dir", dataDir.toString(),
				"spring.datasource.url", ""), "executions")).isNull();

		Files.createDirectories(dataDir.resolve("mariadb/data"));
		try (ServerSocket closed = new ServerSocket(0)) {
			Files.writeString(dataDir.resolve("mariadb/data.port"), Integer.toString(closed.getLocalPort()));
		}
		assertThat(answer(Map.of("spring.config.location", "classpath:/", "kt1.data-dir", dataDir.toString(),
				"spring.datasource.url", ""), "checks")).as("a port file left by a server that is gone").isNull();
	}

	@Test
	void otherCommandsAreLeftToTheApplication() {
		assertThat(answer(TEST_PROPERTIES, "run", "ingest")).isNull();
		assertThat(answer(TEST_PROPERTIES)).isNull();
	}

	/**
	 * Run the command line in the application and without it.
	 * @return what both printed on standard output, once asserted equal, as the exit code and
	 * standard error
	 */
	private String samePrinted(String... args) {
		int applicationExit = this.kt1.run(args);
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		Integer exit = ReadWithoutSpring.answer(ReadWithoutSpring.configuration(TEST_PROPERTIES),
				new PrintWriter(out), new PrintWriter(err), args);

		assertThat(exit).as("exit code of %s", String.join(" ", args)).isEqualTo(applicationExit);
		assertThat(out.toString()).as("standard output of %s", String.join(" ", args)).isEqualTo(this.kt1.out());
		assertThat(err.toString()).as("standard error of %s", String.join(" ", args)).isEqualTo(this.kt1.err());
		return out.toString();
	}

	private static Integer answer(Map<String, Object> properties, String... args) {
		ConfigurableEnvironment environment = ReadWithoutSpring.configuration(properties);
		return ReadWithoutSpring.answer(environment, new PrintWriter(new StringWriter()),
				new PrintWriter(new StringWriter()), args);
	}

}
