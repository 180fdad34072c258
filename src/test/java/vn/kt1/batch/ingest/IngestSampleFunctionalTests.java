package vn.kt1.batch.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.reference.ReferenceImport;
import vn.kt1.batch.reference.ReferenceImportService;

import static org.assertj.core.api.Assertions.assertThat;

/** The job's own sample inbox ({@code jobs/ingest/sample}) on the shipped sample province. */
@Kt1IntegrationTest
class IngestSampleFunctionalTests {

	private static final Path SAMPLE = Path.of("jobs/ingest/sample");

	@Autowired
	private JobOperator jobOperator;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	@Qualifier("ingestJob")
	private Job ingestJob;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private IngestProperties properties;

	@BeforeEach
	void sampleProvinceAndItsInbox() throws Exception {
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
		this.jdbc.update("DELETE FROM agency");
		this.reference.importFiles(ReferenceImport.sample(Path.of("config/reference/dong-thap-82")));
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		try (Stream<Path> files = Files.walk(SAMPLE)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = this.properties.inbox().resolve(SAMPLE.relativize(file));
				Files.createDirectories(target.getParent());
				IngestTestSupport.settled(Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING));
			}
		}
	}

	@Test
	void theSampleLoadsAndEveryRowIsAccountedFor() throws Exception {
		JobOperatorTestUtils jobs = new JobOperatorTestUtils(this.jobOperator, this.jobRepository);
		jobs.setJob(this.ingestJob);

		JobExecution execution = jobs.startJob(new JobParametersBuilder()
			.addLocalDate("businessDate", LocalDate.of(2026, 10, 7))
			.toJobParameters());

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList("SELECT CONCAT(file_name, ' ', status, ' ', rows_read, ' ', rows_loaded, "
				+ "' ', rows_rejected) FROM input_file ORDER BY file_name COLLATE utf8mb4_bin", String.class))
			.containsExactly("baocao_82_2026-09.csv LOADED 852 852 0", "baocao_82_2026-09_bosung.csv LOADED 13 13 0",
					"chungtu_82_2026-10.csv LOADED 391 391 0", "sanluong_82_2026-10-01.xlsx LOADED 396 394 2",
					"sanluong_82_2026-10-02.csv LOADED 395 390 5", "sanluong_82_2026-10-03.csv LOADED 28 27 1",
					"sanluong_82_2026-10-04.csv LOADED 35 34 1", "sanluong_82_2026-10-05.csv LOADED 458 451 7",
					"sanluong_82_2026-10-06.csv LOADED 436 431 5", "sanluong_82_2026-10-07.csv LOADED 453 450 3");
		assertThat(count("item_event")).isEqualTo(394 + 390 + 27 + 34 + 451 + 431 + 450);
		assertThat(count("input_reject")).isEqualTo(2 + 5 + 1 + 1 + 7 + 5 + 3);
		assertThat(this.jdbc.queryForMap("SELECT COUNT(DISTINCT barcode) items, SUM(fee_vnd) fees FROM item_event "
				+ "WHERE status = 'CHAP_NHAN'"))
			.containsEntry("items", 1048L)
			.containsEntry("fees", java.math.BigDecimal.valueOf(40_571_808));
		assertThat(this.jdbc.queryForObject("SELECT SUM(amount_vnd) FROM usage_report WHERE current", Long.class))
			.isEqualTo(162_459_190L);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM usage_report WHERE NOT current", Long.class))
			.isPositive();
		assertThat(this.jdbc.queryForObject("SELECT SUM(amount_vnd) FROM payment_voucher", Long.class))
			.isEqualTo(131_911_813L);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(DISTINCT barcode) FROM item_event WHERE NOT sender_eligible",
				Long.class))
			.isPositive();
	}

	private long count(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
	}

}
