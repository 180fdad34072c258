package vn.kt1.batch.estimate;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.estimate.workbook.EstimateResults;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.reference.ReferenceImportService;

import static org.assertj.core.api.Assertions.assertThat;

/** estimateJob fails part-way and is restarted; a year is estimated again. */
@Kt1IntegrationTest
class EstimateRestartIntegrationTests {

	@Autowired
	private JobOperator jobOperator;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	@Qualifier("estimateJob")
	private Job estimateJob;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private IngestProperties ingest;

	@Autowired
	private EstimateProperties properties;

	@Autowired
	private EstimateFaults faults;

	@Autowired
	private EstimateResults results;

	@BeforeEach
	void loadTheWorld() throws Exception {
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		EstimateWorld.load(this.jdbc, this.reference, this.ingest);
	}

	@AfterEach
	void noFault() {
		this.faults.clear();
	}

	@Test
	void aFailureAfterTheForecastThenRestartEndsWithTheTablesOfACleanRun() throws Exception {
		JobExecution clean = estimate(1);
		long cleanRun = runOf(clean);
		Files.delete(this.properties.workbook(2027));
		this.faults.set((step) -> {
			if ("backtest".equals(step)) {
				throw new IllegalStateException("disk full, as it were");
			}
		});

		JobExecution failed = estimate(2);

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		long run = runOf(failed);
		// the forecast committed, the backtest rolled back; no workbook; the earlier run stays current
		assertThat(count("estimate_agency", run)).isEqualTo(count("estimate_agency", cleanRun));
		assertThat(count("estimate_backtest_agency", run)).isZero();
		assertThat(this.properties.workbook(2027)).doesNotExist();
		assertThat(currentRun()).isEqualTo(cleanRun);

		this.faults.clear();
		JobExecution restarted = this.jobOperator.restart(failed);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
		assertThat(runOf(restarted)).isEqualTo(run);
		assertThat(currentRun()).isEqualTo(run);
		assertThat(tables(run)).isEqualTo(tables(cleanRun));
		assertThat(this.properties.workbook(2027)).exists();
	}

	@Test
	void estimatingAYearAgainWritesANewCurrentRunAndKeepsTheEarlierOnes() throws Exception {
		long first = runOf(estimate(1));
		List<String> before = tables(first);

		long second = runOf(estimate(2));
		long third = runOf(estimate(3));

		assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
		assertThat(currentRun()).isEqualTo(third);
		assertThat(tables(second)).isEqualTo(before);
		assertThat(tables(third)).isEqualTo(before);
		assertThat(tables(first)).isEqualTo(before);
		assertThat(this.jdbc.queryForList("SELECT CONCAT(id, ' ', status, ' ', current) FROM estimate_run ORDER BY id",
				String.class))
			.containsExactly(first + " COMPLETED 0", second + " COMPLETED 0", third + " COMPLETED 1");
	}

	private JobExecution estimate(long attempt) throws Exception {
		return EstimateWorld.estimate(this.jobOperator, this.estimateJob, attempt, null);
	}

	private long runOf(JobExecution execution) {
		return this.results.runOf(execution.getId()).orElseThrow();
	}

	private long currentRun() {
		return EstimateWorld.currentRun(this.jdbc);
	}

	private int count(String table, long run) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE run_id = ?", Integer.class, run);
	}

	/** @return every figure a run wrote, without the run's id */
	private List<String> tables(long run) {
		List<String> rows = new ArrayList<>();
		rows.addAll(this.jdbc.queryForList("SELECT CONCAT_WS('|', agency_code, basis, first_use, months_used, "
				+ "history_items, valid_share, peer_group, peer_agencies, peer_median_vnd, items, base_vnd, amount_vnd, "
				+ "basis_text, review) FROM estimate_agency WHERE run_id = ? ORDER BY agency_code", String.class, run));
		rows.addAll(this.jdbc.queryForList("SELECT CONCAT_WS('|', agency_code, zone, urgency, secrecy, history_items, "
				+ "average_weight_g, method, items, base_vnd) FROM estimate_service WHERE run_id = ? "
				+ "ORDER BY agency_code, zone, urgency, secrecy", String.class, run));
		rows.addAll(this.jdbc.queryForList("SELECT CONCAT_WS('|', agency_code, zone, urgency, secrecy, from_month, "
				+ "to_month, tariff_version, items, fee_per_item, amount) FROM estimate_price WHERE run_id = ? "
				+ "ORDER BY agency_code, zone, urgency, secrecy, from_month", String.class, run));
		rows.addAll(this.jdbc.queryForList("SELECT CONCAT_WS('|', year, history_from, history_to, compared_from, "
				+ "compared_to, agencies, mape, smape, within_percent, estimate_vnd, actual_vnd, total_error_percent) "
				+ "FROM estimate_backtest WHERE run_id = ?", String.class, run));
		rows.addAll(this.jdbc.queryForList("SELECT CONCAT_WS('|', agency_code, basis, estimate_vnd, actual_vnd, "
				+ "error_percent) FROM estimate_backtest_agency WHERE run_id = ? ORDER BY agency_code", String.class,
				run));
		rows.add(this.jdbc.queryForObject("SELECT CONCAT_WS('|', history_from, history_to, agencies, peer_agencies, "
				+ "review_agencies, items, base_vnd, total_vnd, tariff_versions) FROM estimate_run WHERE id = ?",
				String.class, run));
		return rows;
	}

}
