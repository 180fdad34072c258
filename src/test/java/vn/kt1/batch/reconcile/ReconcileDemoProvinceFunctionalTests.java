package vn.kt1.batch.reconcile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.demo.DemoDataGenerator;
import vn.kt1.batch.demo.DemoRequest;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.ingest.IngestTestSupport;
import vn.kt1.batch.reference.ReferenceImport;
import vn.kt1.batch.reference.ReferenceImportService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three years of the sample province through the nightly chain's first two links: ingest,
 * then reconcile every month it touched. The reconciled tables account for every loaded
 * item, fee, report and payment.
 */
@Kt1IntegrationTest
class ReconcileDemoProvinceFunctionalTests {

	@Autowired
	private JobOperator jobOperator;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	@Qualifier("ingestJob")
	private Job ingestJob;

	@Autowired
	@Qualifier("reconcileJob")
	private Job reconcileJob;

	@Autowired
	private TouchedMonths touchedMonths;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private IngestProperties properties;

	@Test
	void threeYearsReconcileToTheLoadedItems() throws Exception {
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		ReconcileTestSupport.clear(this.jdbc);
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
		this.reference.importFiles(ReferenceImport.sample(Path.of("config/reference/dong-thap-82")));
		new DemoDataGenerator().generate(new DemoRequest("82", YearMonth.of(2023, 1), YearMonth.of(2025, 12),
				this.properties.inbox(), 82, 0.005, false));
		JobExecution ingest = this.jobOperator.start(this.ingestJob,
				new JobParametersBuilder().addLocalDate("businessDate", LocalDate.of(2025, 12, 31)).toJobParameters());
		assertThat(ingest.getStatus()).isEqualTo(BatchStatus.COMPLETED);

		List<YearMonth> months = this.touchedMonths.byIngestExecution(ingest.getId());
		for (YearMonth month : months) {
			JobExecution execution = this.jobOperator.start(this.reconcileJob, new JobParametersBuilder()
				.addString("month", month.toString())
				.addLocalDate("asOf", LocalDate.of(2026, 3, 1), false)
				.toJobParameters());
			assertThat(execution.getStatus()).as(month.toString()).isEqualTo(BatchStatus.COMPLETED);
		}

		assertThat(months).hasSize(36).startsWith(YearMonth.of(2023, 1)).endsWith(YearMonth.of(2025, 12));
		Map<String, Object> table = this.jdbc.queryForMap("SELECT SUM(a.po_items) AS items, SUM(a.po_fees_vnd) AS fees, "
				+ "SUM(a.reported_vnd) AS reported, SUM(a.paid_vnd) AS paid "
				+ "FROM reconcile_agency a JOIN reconcile_run r ON r.id = a.run_id WHERE r.current");
		Map<String, Object> loaded = this.jdbc.queryForMap("SELECT COUNT(*) AS items, SUM(fee) AS fees FROM "
				+ "(SELECT barcode, MIN(fee_vnd) AS fee FROM item_event GROUP BY barcode) i");
		assertThat(((Number) loaded.get("items")).longValue()).isGreaterThan(100_000);
		assertThat(((Number) table.get("items")).longValue()).isEqualTo(((Number) loaded.get("items")).longValue());
		assertThat(((Number) table.get("fees")).longValue()).isEqualTo(((Number) loaded.get("fees")).longValue());
		assertThat(((Number) table.get("reported")).longValue()).isEqualTo(
				this.jdbc.queryForObject("SELECT SUM(amount_vnd) FROM usage_report WHERE current", Long.class));
		assertThat(((Number) table.get("paid")).longValue())
			.isEqualTo(this.jdbc.queryForObject("SELECT SUM(amount_vnd) FROM payment_voucher", Long.class));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM data_check c JOIN reconcile_run r ON r.id = c.run_id "
				+ "WHERE r.current AND c.severity = 'ERROR'", Integer.class)).isZero();
		// the generator's off-tariff fees, late and lost items and ineligible senders are all found
		assertThat(this.jdbc.queryForList("SELECT DISTINCT e.kind FROM reconcile_exception e JOIN reconcile_run r "
				+ "ON r.id = e.run_id WHERE r.current ORDER BY e.kind", String.class))
			.contains("INELIGIBLE_SENDER", "LATE", "LOST", "RETURNED", "TARIFF_DEVIATION");
	}

}
