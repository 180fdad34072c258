package vn.kt1.batch.admin;

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

/** {@code kt1 backfill}: the dry run's plan, the real run, and a second run that has nothing left to do. */
@Kt1IntegrationTest
class BackfillFunctionalTests {

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
	void runsTheMissingPeriodsRestartsTheFailedOneSkipsTheCompletedOneThenHasNothingLeft() throws Exception {
		IngestTestSupport.deliverThroughput("sanluong_2026-10-05.csv", this.properties);
		IngestTestSupport.failEveryLoad(this.faults);
		assertThat(run("run", "ingest", "businessDate=2026-10-01")).isEqualTo(1);
		long failed = lastExecutionId();
		this.faults.clear();
		assertThat(run("run", "ingest", "businessDate=2026-10-03")).isZero();
		long completed = lastExecutionId();

		assertThat(run("backfill", "ingest", "--from", "2026-10-01", "--to", "2026-10-05", "--dry-run")).isZero();
		assertThat(this.kt1.out()).isEqualTo("""
				backfill ingestJob businessDate 2026-10-01..2026-10-05 (dry run): 5 period(s)
				  2026-10-01  restart #%d
				  2026-10-02  run
				  2026-10-03  skip: completed #%d
				  2026-10-04  run
				  2026-10-05  run
				""".formatted(failed, completed));
		assertThat(executions()).isEqualTo(2);

		assertThat(run("backfill", "ingest", "--from", "2026-10-01", "--to", "2026-10-05")).isZero();
		assertThat(this.kt1.out()).contains("  2026-10-01  restart #" + failed + ": execution ")
			.contains("  2026-10-03  skip: completed #" + completed + "\n")
			.endsWith("backfill ingestJob businessDate 2026-10-01..2026-10-05: ran 3, restarted 1, skipped 1 completed\n");
		assertThat(this.jdbc.queryForList("SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION e "
				+ "JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
				+ "WHERE e.STATUS = 'COMPLETED' ORDER BY e.JOB_EXECUTION_ID", String.class))
			.containsExactly("2026-10-03", "2026-10-01", "2026-10-02", "2026-10-04", "2026-10-05");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class)).isEqualTo(5);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM item_event", Integer.class)).isEqualTo(4);

		assertThat(run("backfill", "ingest", "--from", "2026-10-01", "--to", "2026-10-05", "--dry-run")).isZero();
		assertThat(this.kt1.out().lines().skip(1)).allMatch((line) -> line.contains("skip: completed #"));
		assertThat(run("backfill", "ingest", "--from", "2026-10-01", "--to", "2026-10-05")).isZero();
		assertThat(this.kt1.out())
			.endsWith("backfill ingestJob businessDate 2026-10-01..2026-10-05: ran 0, restarted 0, skipped 5 completed\n");
		assertThat(executions()).isEqualTo(6);
		assertThat(this.jdbc.queryForList("SELECT CONCAT(action, ' | ', target, ' | ', result) FROM admin_audit "
				+ "WHERE action = 'backfill' ORDER BY id", String.class))
			.containsExactly("backfill | ingestJob businessDate 2026-10-01..2026-10-05 | ran 3, restarted 1, skipped 1 completed",
					"backfill | ingestJob businessDate 2026-10-01..2026-10-05 | ran 0, restarted 0, skipped 5 completed");
	}

	@Test
	void theFirstFailureStopsTheBackfill() throws Exception {
		IngestTestSupport.deliverThroughput("sanluong_2026-10-05.csv", this.properties);
		IngestTestSupport.failEveryLoad(this.faults);

		assertThat(run("backfill", "ingest", "--from", "2026-10-01", "--to", "2026-10-03")).isEqualTo(1);

		long failed = lastExecutionId();
		assertThat(this.kt1.err()).isEqualTo("kt1: backfill stopped at businessDate=2026-10-01: ingestJob execution "
				+ failed + " ended FAILED (see kt1 execution " + failed + "); later periods were not run\n");
		assertThat(executions()).isEqualTo(1);
	}

	@Test
	void reconcileRunsMonthByMonthFromMonthsOrDates() {
		assertThat(run("backfill", "reconcile", "--from", "2026-09-15", "--to", "2026-11", "--dry-run")).isZero();
		assertThat(this.kt1.out()).isEqualTo("""
				backfill reconcileJob month 2026-09..2026-11 (dry run): 3 period(s)
				  2026-09     run
				  2026-10     run
				  2026-11     run
				""");

		assertThat(run("backfill", "reconcile", "--from", "2026-09-15", "--to", "2026-11")).isZero();

		assertThat(this.jdbc.queryForList("SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION e "
				+ "JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
				+ "WHERE e.STATUS = 'COMPLETED' AND p.PARAMETER_NAME = 'month' ORDER BY e.JOB_EXECUTION_ID", String.class))
			.containsExactly("2026-09", "2026-10", "2026-11");
	}

	@Test
	void badInputIsOneLineAndExitCodeTwo() {
		assertThat(run("backfill", "ingest", "--from", "2026-10-05", "--to", "2026-10-01")).isEqualTo(2);
		assertThat(this.kt1.err()).isEqualTo("kt1: --from 2026-10-05 is after --to 2026-10-01\n");
		assertThat(run("backfill", "ingest", "--from", "2026-02-30", "--to", "2026-03-01")).isEqualTo(2);
		assertThat(this.kt1.err()).isEqualTo("kt1: --from: '2026-02-30' is not a date (YYYY-MM-DD)\n");
		assertThat(run("backfill", "ingest", "--from", "2026-10", "--to", "2026-11")).isEqualTo(2);
		assertThat(this.kt1.err()).isEqualTo("kt1: --from: '2026-10' is not a date (YYYY-MM-DD)\n");
		assertThat(run("backfill", "reconcile", "--from", "2026-13", "--to", "2026-11")).isEqualTo(2);
		assertThat(this.kt1.err()).isEqualTo("kt1: --from: '2026-13' is not a month (YYYY-MM or YYYY-MM-DD)\n");
		assertThat(run("backfill", "forecast", "--from", "2026", "--to", "2027")).isEqualTo(2);
		assertThat(this.kt1.err()).isEqualTo("kt1: unknown job 'forecast'\n");
		assertThat(executions()).isZero();
	}

	private int executions() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class);
	}

	private long lastExecutionId() {
		return this.jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
	}

	private int run(String... args) {
		return this.kt1.run(args);
	}

}
