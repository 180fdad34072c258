package vn.kt1.batch.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import vn.kt1.batch.Kt1Application;
import vn.kt1.batch.Kt1IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two {@code kt1 serve} processes (child JVMs) on one database: both start and print their
 * line, a schedule firing every two seconds runs once per fire time between them, and
 * SIGTERM ends each cleanly.
 */
@Kt1IntegrationTest
class ServeFunctionalTests {

	private static final Path DIR = Path.of("target/it-data/serve");

	private static final Pattern FIRED = Pattern.compile("Schedule every-2s fired \\(scheduled ([^,]+),");

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Scheduler scheduler;

	@Autowired
	private JobRepository jobRepository;

	private final List<Process> serves = new ArrayList<>();

	@BeforeEach
	void aFrequentSchedule() throws Exception {
		this.scheduler.clear();
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		FileSystemUtils.deleteRecursively(DIR);
		Path schedule = DIR.resolve("jobs/every-2s/schedule.yml");
		Files.createDirectories(schedule.getParent());
		Files.writeString(schedule, "job: reconcileJob\ncron: \"*/2 * * * * ?\"\nmisfire: DO_NOTHING\n"
				+ "parameters:\n  month: this month\n");
	}

	@AfterEach
	void stopServes() throws Exception {
		for (Process serve : this.serves) {
			serve.destroyForcibly().waitFor();
		}
		this.scheduler.clear();
		TestSchedulers.forget(this.jdbc, this.scheduler.getSchedulerName());
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
	}

	@Test
	void twoServesOnOneDatabaseBothRunAndEachFireTimeRunsOnce() throws Exception {
		Process a = serve("a");
		Process b = serve("b");
		String lineA = awaitStartLine("a");
		String lineB = awaitStartLine("b");
		assertThat(lineA).matches("kt1 serve: Quartz instance \\S+ started \\(clustered\\); schedules: every-2s next "
				+ "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d( \\(1 changed\\))?; recovery restart: nothing left running");
		assertThat(lineB).startsWith("kt1 serve: Quartz instance ");
		awaitFires(4, Duration.ofSeconds(40));

		a.destroy();
		assertThat(a.waitFor(60, TimeUnit.SECONDS)).as("serve a ends on SIGTERM").isTrue();
		int firesBefore = fires().size();
		awaitFires(firesBefore + 2, Duration.ofSeconds(30));
		b.destroy();
		assertThat(b.waitFor(60, TimeUnit.SECONDS)).as("serve b ends on SIGTERM").isTrue();

		List<String> fires = fires();
		assertThat(fires).hasSizeGreaterThanOrEqualTo(6).doesNotHaveDuplicates();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class))
			.as("the first fire ran reconcile; the later ones found its month completed")
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = 'kt1'",
				Integer.class))
			.as("each serve removed its check-in row on its way out")
			.isZero();
	}

	private Process serve(String name) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-cp", System.getProperty("java.class.path"), "-Duser.timezone=Asia/Ho_Chi_Minh",
				"-Dspring.config.location=classpath:/", "-Dkt1.data-dir=" + DIR.resolve(name),
				"-Dkt1.jobs-dir=" + DIR.resolve("jobs"), "-Dlogging.file.name=" + DIR.resolve(name + ".log"),
				"-Dserver.port=0",
				"-Dspring.datasource.url=" + ((HikariDataSource) this.dataSource).getJdbcUrl(),
				Kt1Application.class.getName(), "serve");
		builder.redirectErrorStream(true);
		builder.redirectOutput(DIR.resolve(name + ".out").toFile());
		Process process = builder.start();
		this.serves.add(process);
		return process;
	}

	private static String awaitStartLine(String name) throws Exception {
		Path out = DIR.resolve(name + ".out");
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline) {
			if (Files.exists(out)) {
				for (String line : Files.readAllLines(out)) {
					if (line.startsWith("kt1 serve:")) {
						return line;
					}
				}
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("serve " + name + " printed no start line (see " + out + ")");
	}

	private static void awaitFires(int count, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (fires().size() < count && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
	}

	/** @return the scheduled time of every fire, from both serves' logs */
	private static List<String> fires() throws IOException {
		List<String> fires = new ArrayList<>();
		for (String name : new String[] { "a", "b" }) {
			Path log = DIR.resolve(name + ".log");
			if (Files.exists(log)) {
				for (String line : Files.readAllLines(log)) {
					Matcher fired = FIRED.matcher(line);
					if (fired.find()) {
						fires.add(fired.group(1));
					}
				}
			}
		}
		return fires;
	}

}
