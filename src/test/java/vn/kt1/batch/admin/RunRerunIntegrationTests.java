package vn.kt1.batch.admin;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.CommandLineCapture;
import vn.kt1.batch.Kt1CommandLine;
import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.ingest.IngestFaults;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.ingest.IngestTestSupport;
import vn.kt1.batch.reference.ReferenceImportService;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code kt1 run}: a completed period runs again only with --rerun --reason, as a new attempt. */
@Kt1IntegrationTest
class RunRerunIntegrationTests {

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

	private CommandLineCapture kt1;

	@BeforeEach
	void noHistory() throws Exception {
		this.kt1 = new CommandLineCapture(this.commandLine);
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		this.jdbc.update("DELETE FROM admin_audit");
	}

	@AfterEach
	void noFaults() {
		this.faults.clear();
	}

	@Test
	void aCompletedPeriodRunsAgainOnlyWithRerunAndAReasonAsANewAttempt() {
		assertThat(run("run", "ingest", "businessDate=2026-10-06")).isZero();
		long first = lastExecutionId();

		assertThat(run("run", "ingest", "businessDate=2026-10-06")).isEqualTo(1);
		assertThat(this.kt1.err()).isEqualTo("kt1: ingestJob businessDate=2026-10-06 already completed (execution "
				+ first + "); to run it again: kt1 run ingest businessDate=2026-10-06 --rerun --reason \"why\"\n");
		assertThat(run("run", "ingest", "businessDate=2026-10-06", "--rerun")).isEqualTo(2);
		assertThat(this.kt1.err()).isEqualTo("kt1: --rerun needs --reason \"why it runs again\"\n");
		assertThat(run("run", "ingest", "businessDate=2026-10-06", "--reason", "resent")).isEqualTo(2);
		assertThat(this.kt1.err()).isEqualTo("kt1: --reason goes with --rerun\n");
		assertThat(run("run", "ingest", "businessDate=2026-10-06", "attempt=2")).isEqualTo(2);
		assertThat(this.kt1.err()).isEqualTo("kt1: attempt is numbered by --rerun, not given by hand\n");

		assertThat(run("run", "ingest", "businessDate=2026-10-06", "--rerun", "--reason", "bưu cục gửi lại tệp")).isZero();
		assertThat(this.kt1.out()).startsWith("ingestJob #" + lastExecutionId()
				+ " (businessDate=2026-10-06, attempt=2): COMPLETED");
		assertThat(run("run", "ingest", "businessDate=2026-10-06", "--rerun", "--reason", "again")).isZero();
		assertThat(this.kt1.out()).contains("(businessDate=2026-10-06, attempt=3): COMPLETED");

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'ingestJob'",
				Integer.class)).isEqualTo(3);
		assertThat(this.jdbc.queryForList("SELECT PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS "
				+ "WHERE PARAMETER_NAME = 'attempt' AND IDENTIFYING = 'Y' ORDER BY JOB_EXECUTION_ID", String.class))
			.containsExactly("2", "3");
		assertThat(audit()).containsExactly("run | ingestJob businessDate=2026-10-06 |  | execution " + first + ": COMPLETED",
				"run | ingestJob businessDate=2026-10-06 |  | refused: already completed (execution " + first + ")",
				"rerun | ingestJob businessDate=2026-10-06, attempt=2 | bưu cục gửi lại tệp | execution "
						+ (lastExecutionId() - 1) + ": COMPLETED",
				"rerun | ingestJob businessDate=2026-10-06, attempt=3 | again | execution " + lastExecutionId()
						+ ": COMPLETED");
	}

	@Test
	void aFailedPeriodIsRestartedInItsOwnInstanceWithoutRerun() throws Exception {
		IngestTestSupport.deliverThroughput("sanluong_2026-10-05.csv", this.properties);
		IngestTestSupport.failEveryLoad(this.faults);
		assertThat(run("run", "ingest", "businessDate=2026-10-05")).isEqualTo(1);
		this.faults.clear();

		assertThat(run("run", "ingest", "businessDate=2026-10-05")).isZero();

		assertThat(this.jdbc.queryForList("SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
				+ "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID ORDER BY e.JOB_EXECUTION_ID", String.class))
			.containsExactly("FAILED", "COMPLETED");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM item_event", Integer.class)).isEqualTo(4);
	}

	private long lastExecutionId() {
		return this.jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
	}

	private List<String> audit() {
		return this.jdbc.queryForList("SELECT CONCAT(action, ' | ', target, ' | ', COALESCE(reason, ''), ' | ', result) "
				+ "FROM admin_audit ORDER BY id", String.class);
	}

	private int run(String... args) {
		return this.kt1.run(args);
	}

}
