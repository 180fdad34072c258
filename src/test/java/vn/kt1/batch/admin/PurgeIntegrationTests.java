package vn.kt1.batch.admin;

import java.time.LocalDate;
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

/** {@code kt1 purge}: counts in a dry run, then removes only the old history a restart does not need. */
@Kt1IntegrationTest
class PurgeIntegrationTests {

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
		this.jdbc.update("DELETE FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = 'kt1-purge-test'");
	}

	@AfterEach
	void noFaults() {
		this.faults.clear();
		this.jdbc.update("DELETE FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = 'kt1-purge-test'");
	}

	@Test
	void removesOldFinishedHistoryAndKeepsWhatARestartNeeds() throws Exception {
		// 2025: a completed run; a run that failed and was restarted to completion; a run that failed
		assertThat(run("run", "ingest", "businessDate=2025-03-01")).isZero();
		IngestTestSupport.deliverThroughput("sanluong_2026-10-05.csv", this.properties);
		IngestTestSupport.failEveryLoad(this.faults);
		assertThat(run("run", "ingest", "businessDate=2025-03-02")).isEqualTo(1);
		this.faults.clear();
		assertThat(run("run", "ingest", "businessDate=2025-03-02")).isZero();
		IngestTestSupport.deliverThroughput("sanluong_2026-10-06.csv", this.properties);
		IngestTestSupport.failEveryLoad(this.faults);
		assertThat(run("run", "ingest", "businessDate=2025-03-03")).isEqualTo(1);
		this.faults.clear();
		this.jdbc.update("UPDATE BATCH_JOB_EXECUTION SET CREATE_TIME = '2025-03-04 01:30:00', "
				+ "START_TIME = '2025-03-04 01:30:00', END_TIME = '2025-03-04 01:31:00'");
		// today: a completed run
		assertThat(run("run", "ingest", "businessDate=2026-11-20")).isZero();
		this.jdbc.update("INSERT INTO QRTZ_SCHEDULER_STATE (SCHED_NAME, INSTANCE_NAME, LAST_CHECKIN_TIME, "
				+ "CHECKIN_INTERVAL) VALUES ('kt1-purge-test', 'gone-2025', 1741000000000, 7500), "
				+ "('kt1-purge-test', 'alive', ?, 7500)", System.currentTimeMillis());
		this.jdbc.update("INSERT INTO kt1_process (id, host, pid, pid_started_ms, registered_at, heartbeat_at) "
				+ "VALUES ('00000000-0000-0000-0000-000000002025', 'old-host', 1, NULL, '2025-03-04', '2025-03-04')");
		String before = tables();

		assertThat(run("purge", "--before", "2026-01-01", "--dry-run")).isZero();
		assertThat(this.kt1.out()).isEqualTo("""
				purge before 2026-01-01 (dry run): would delete:
				  BATCH_STEP_EXECUTION_CONTEXT           7
				  BATCH_STEP_EXECUTION                   7
				  BATCH_JOB_EXECUTION_CONTEXT            3
				  BATCH_JOB_EXECUTION_PARAMS             3
				  job_execution_owner                    0
				  BATCH_JOB_EXECUTION                    3
				  BATCH_JOB_INSTANCE                     2
				  kt1_process                            1
				  QRTZ_SCHEDULER_STATE                   1
				  kept: the executions of 1 unfinished job instance(s), needed to restart them
				""");
		assertThat(tables()).isEqualTo(before);

		assertThat(run("purge", "--before", "2026-01-01")).isZero();
		assertThat(this.kt1.out()).startsWith("purge before 2026-01-01: deleted:\n");
		assertThat(this.jdbc.queryForList("SELECT CONCAT(p.PARAMETER_VALUE, ' ', e.STATUS) FROM BATCH_JOB_EXECUTION e "
				+ "JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
				+ "ORDER BY e.JOB_EXECUTION_ID", String.class))
			.containsExactly("2025-03-03 FAILED", "2026-11-20 COMPLETED");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class)).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION", Integer.class)).isEqualTo(2 + 3);
		assertThat(this.jdbc.queryForList("SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE "
				+ "WHERE SCHED_NAME = 'kt1-purge-test'", String.class)).containsExactly("alive");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM kt1_process WHERE host = 'old-host'", Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM item_event", Integer.class))
			.as("business data is never purged: both files, the second loaded by today's run")
			.isEqualTo(7);
		assertThat(this.jdbc.queryForList("SELECT CONCAT(action, ' | ', target, ' | ', result) FROM admin_audit "
				+ "WHERE action = 'purge'", String.class))
			.containsExactly("purge | history before 2026-01-01 | deleted BATCH_STEP_EXECUTION_CONTEXT=7, "
					+ "BATCH_STEP_EXECUTION=7, BATCH_JOB_EXECUTION_CONTEXT=3, BATCH_JOB_EXECUTION_PARAMS=3, "
					+ "job_execution_owner=0, BATCH_JOB_EXECUTION=3, BATCH_JOB_INSTANCE=2, kt1_process=1, "
					+ "QRTZ_SCHEDULER_STATE=1");

		assertThat(run("restart", String.valueOf(this.jdbc.queryForObject("SELECT JOB_EXECUTION_ID FROM "
				+ "BATCH_JOB_EXECUTION WHERE STATUS = 'FAILED'", Long.class)))).isZero();
		assertThat(this.kt1.out()).as("the kept failed run still restarts").endsWith("COMPLETED\n");
	}

	@Test
	void aDateInTheFutureOrMalformedIsRefused() {
		String tomorrow = LocalDate.now().plusDays(1).toString();
		assertThat(run("purge", "--before", tomorrow)).isEqualTo(2);
		assertThat(this.kt1.err()).isEqualTo("kt1: --before " + tomorrow
				+ " is in the future; history of today and later cannot be purged\n");
		assertThat(run("purge", "--before", "2026-11-31")).isEqualTo(2);
		assertThat(this.kt1.err()).isEqualTo("kt1: --before: '2026-11-31' is not a date (YYYY-MM-DD)\n");
	}

	private String tables() {
		List<String> counts = this.jdbc.queryForList("SELECT CONCAT((SELECT COUNT(*) FROM BATCH_JOB_EXECUTION), ' ', "
				+ "(SELECT COUNT(*) FROM BATCH_STEP_EXECUTION), ' ', (SELECT COUNT(*) FROM BATCH_JOB_INSTANCE), ' ', "
				+ "(SELECT COUNT(*) FROM BATCH_JOB_EXECUTION_PARAMS), ' ', (SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE), "
				+ "' ', (SELECT COUNT(*) FROM kt1_process))", String.class);
		return counts.get(0);
	}

	private int run(String... args) {
		return this.kt1.run(args);
	}

}
