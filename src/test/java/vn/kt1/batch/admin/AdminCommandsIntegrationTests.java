package vn.kt1.batch.admin;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.Kt1CommandLine;
import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.ingest.IngestFaults;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.ingest.IngestTestSupport;
import vn.kt1.batch.reference.ReferenceImportService;

import static org.assertj.core.api.Assertions.assertThat;

@Kt1IntegrationTest
class AdminCommandsIntegrationTests {

	@Autowired
	private Kt1CommandLine commandLine;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private IngestProperties properties;

	@Autowired
	private IngestFaults faults;

	private StringWriter out;

	private StringWriter err;

	@BeforeEach
	void oneFileWaitingInTheInbox() throws Exception {
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
		this.jdbc.update("DELETE FROM admin_audit");
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		Path file = this.properties.inbox().resolve("throughput/sanluong_2026-10-05.csv");
		Files.createDirectories(file.getParent());
		IngestTestSupport.settled(
				Files.copy(Path.of("src/test/resources/ingest/basic/throughput/sanluong_2026-10-05.csv"), file));
	}

	@AfterEach
	void noFaults() {
		this.faults.clear();
	}

	@Test
	void aFailedRunIsListedExplainedAndRestartedAndEveryActionIsAudited() {
		this.faults.set((file, rows) -> {
			throw new IllegalStateException("injected failure in " + file);
		});
		assertThat(run("run", "ingest", "businessDate=2026-10-06")).isEqualTo(1);
		this.faults.clear();

		assertThat(run("executions", "--status", "FAILED")).isZero();
		String[] row = this.out.toString().lines().skip(1).findFirst().orElseThrow().split("\\s+");
		String id = row[0];
		assertThat(row[1]).isEqualTo("ingestJob");
		assertThat(this.out.toString()).contains("businessDate=2026-10-06");

		assertThat(run("execution", id)).isZero();
		assertThat(this.out.toString()).contains("ingestRegisterStep", "COMPLETED", "ingestLoadStep", "FAILED")
			.contains("injected failure in sanluong_2026-10-05.csv")
			.contains("a restart resumes at ingestLoadStep");

		assertThat(run("restart", id)).isZero();
		assertThat(this.out.toString()).contains("restarted execution " + id).endsWith("COMPLETED\n");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM item_event", Integer.class)).isEqualTo(4);

		assertThat(run("restart", id)).isEqualTo(1);
		assertThat(this.err.toString()).startsWith("kt1: execution " + id + " belongs to a run that completed")
			.endsWith("there is nothing to restart\n");
		assertThat(run("stop", id)).isEqualTo(1);
		assertThat(this.err.toString()).startsWith("kt1: execution " + id + " is not running");
		assertThat(run("recover", "999999999")).isEqualTo(1);
		assertThat(this.err.toString()).isEqualTo("kt1: no job execution with id 999999999\n");

		assertThat(this.jdbc.queryForList("SELECT CONCAT(action, ' | ', os_user IS NOT NULL, ' | ', result) "
				+ "FROM admin_audit ORDER BY id", String.class))
			.hasSize(5)
			.satisfies((rows) -> {
				assertThat(rows.get(0)).isEqualTo("run | 1 | execution " + id + ": FAILED");
				assertThat(rows.get(1)).startsWith("restart | 1 | restarted execution " + id);
				assertThat(rows.get(2)).startsWith("restart | 1 | refused: execution " + id + " belongs to a run");
				assertThat(rows.get(3)).startsWith("stop | 1 | refused:");
				assertThat(rows.get(4)).isEqualTo("recover | 1 | refused: no such execution");
			});
	}

	private int run(String... args) {
		this.out = new StringWriter();
		this.err = new StringWriter();
		return this.commandLine.execute(new PrintWriter(this.out), new PrintWriter(this.err), args);
	}

}
