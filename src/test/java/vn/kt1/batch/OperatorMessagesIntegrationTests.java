package vn.kt1.batch;

import java.nio.file.Path;
import java.time.YearMonth;

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
 * What an operator reads when a command fails: one line on standard error, starting
 * {@code kt1:}, in the options of the command that was typed. The year 2013 is made up for
 * these tests: reconciliation runs of some of its months, one with an ERROR check.
 */
@Kt1IntegrationTest
class OperatorMessagesIntegrationTests {

	private static final Path OUT = Path.of("target/operator-messages");

	private static final long FIRST_RUN = 991_301;

	@Autowired
	private Kt1CommandLine commandLine;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JobRepository jobRepository;

	private CommandLineCapture kt1;

	@BeforeEach
	void noHistory() {
		this.kt1 = new CommandLineCapture(this.commandLine);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		FileSystemUtils.deleteRecursively(OUT.toFile());
	}

	@AfterEach
	void removeTheMadeUpYear() {
		this.jdbc.update("DELETE FROM data_check WHERE run_id BETWEEN ? AND ?", FIRST_RUN, FIRST_RUN + 11);
		this.jdbc.update("DELETE FROM reconcile_run WHERE id BETWEEN ? AND ?", FIRST_RUN, FIRST_RUN + 11);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
	}

	@Test
	void aReportOnMonthsNeverReconciledNamesTheOverrideOfTheCommandTyped() {
		reconciled(3);
		String months = "10 month(s) never reconciled: 2013-01, 2013-02, 2013-04, 2013-05, 2013-06, 2013-07, 2013-08, "
				+ "2013-09, 2013-10, 2013-11; run kt1 run reconcile month=2013-01, or override with ";

		assertThat(this.kt1.run("report", "year-end", "2013", "--out", OUT.toString())).isEqualTo(1);
		assertThat(this.kt1.err().lines()).containsExactly("kt1: " + months
				+ "--override-checks \"reason\" (recorded; the report then says which months it lacks)");

		assertThat(this.kt1.run("run", "yearEndReport", "year=2013", "outDir=" + OUT)).isEqualTo(1);
		assertThat(this.kt1.err().lines()).containsExactly(
				"kt1: " + months + "overrideChecks=\"reason\" (recorded; the report then says which months it lacks)");
		assertThat(this.kt1.out()).contains("yearEndReportJob #").contains(": FAILED");
		assertThat(OUT).doesNotExist();

		long failed = this.jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
		assertThat(this.kt1.run("restart", String.valueOf(failed))).isEqualTo(1);
		long restarted = this.jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
		assertThat(this.kt1.out()).isEqualTo("restarted execution " + failed + " as " + restarted + ": FAILED\n");
		assertThat(this.kt1.err().lines()).containsExactly("kt1: execution " + restarted + " ended FAILED: " + months
				+ "a reason (recorded; the report then says which months it lacks)");
	}

	@Test
	void monthsReconciledBeforeRunsStoredTheReportsFiguresAreReconciledAgainWhateverTheOverride() {
		for (int month = 1; month <= 11; month++) {
			reconciled(month);
		}
		this.jdbc.update("UPDATE reconcile_run SET report_figures = FALSE WHERE id IN (?, ?)", FIRST_RUN + 1,
				FIRST_RUN + 2);
		String refusal = "kt1: 2 month(s) reconciled before their runs stored the report's figures: 2013-02, 2013-03; "
				+ "reconcile them again: kt1 run reconcile month=2013-02";

		assertThat(this.kt1.run("report", "year-end", "2013", "--out", OUT.toString())).isEqualTo(1);
		assertThat(this.kt1.err().lines()).containsExactly(refusal);
		assertThat(this.kt1.run("report", "year-end", "2013", "--out", OUT.toString(), "--override-checks",
				"tháng 2 và 3 đã kiểm tra tay")).isEqualTo(1);
		assertThat(this.kt1.err().lines()).containsExactly(refusal);
		assertThat(OUT).doesNotExist();
	}

	@Test
	void errorChecksNameTheOverrideOfTheCommandTypedAndTheJobKeepsTheFactsOnly() {
		for (int month = 1; month <= 11; month++) {
			reconciled(month);
		}
		this.jdbc.update("INSERT INTO data_check (run_id, check_name, severity, findings, message) "
				+ "VALUES (?, 'TEST_ERROR', 'ERROR', 2, '2 made-up errors')", FIRST_RUN + 4);
		String checks = "1 ERROR data check(s) in 2013-01..2013-11, first 2013-05 TEST_ERROR: 2 made-up errors; "
				+ "correct the data and reconcile again, or override with ";

		assertThat(this.kt1.run("report", "year-end", "2013", "--out", OUT.toString())).isEqualTo(1);
		assertThat(this.kt1.err().lines()).containsExactly("kt1: " + checks + "--override-checks \"reason\" (recorded)");

		assertThat(this.kt1.run("run", "yearEndReport", "year=2013")).isEqualTo(1);
		assertThat(this.kt1.err().lines()).containsExactly("kt1: " + checks + "overrideChecks=\"reason\" (recorded)");

		assertThat(this.jdbc.queryForList("SELECT EXIT_MESSAGE FROM BATCH_JOB_EXECUTION", String.class))
			.isNotEmpty()
			.allSatisfy((message) -> assertThat(message).contains(checks + "a reason (recorded)")
				.doesNotContain("overrideChecks")
				.doesNotContain("--override-checks"));
		assertThat(this.kt1.run("checks", "--from", "2013-01", "--to", "2013-11")).isZero();
		assertThat(this.kt1.out()).contains("1 ERROR (they block estimates and reports unless overridden with a "
				+ "reason: --override-checks with kt1 estimate and kt1 report year-end, overrideChecks= with kt1 run)");
	}

	/** A completed current run of a month of 2013. */
	private void reconciled(int month) {
		reconciled(this.jdbc, FIRST_RUN + month - 1, YearMonth.of(2013, month));
	}

	/** Store a completed current reconciliation run of a month, with nothing in it. */
	static void reconciled(JdbcTemplate jdbc, long id, YearMonth month) {
		jdbc.update("INSERT INTO reconcile_run (id, month, job_execution_id, as_of, payments_judged, status, current, "
				+ "started_at, settings, report_figures) VALUES (?, ?, 0, ?, TRUE, 'COMPLETED', TRUE, NOW(), 'test', TRUE)", id,
				month.toString(), month.plusMonths(1).atDay(1));
	}

}
