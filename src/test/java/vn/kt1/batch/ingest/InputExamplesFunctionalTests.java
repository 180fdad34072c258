package vn.kt1.batch.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.budget.BudgetTestSupport;
import vn.kt1.batch.reference.ReferenceImport;
import vn.kt1.batch.reference.ReferenceImportService;
import vn.kt1.batch.reference.ReferenceTestData;

import static org.assertj.core.api.Assertions.assertThat;

/** The example file of each template in {@code docs/inputs/} loads as the input document says. */
@Kt1IntegrationTest
class InputExamplesFunctionalTests {

	private static final Path EXAMPLES = Path.of("docs/inputs");

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
	void emptyDatabase() throws Exception {
		this.jdbc.update("DELETE FROM incident");
		this.jdbc.update("DELETE FROM budget_proposal");
		this.jdbc.update("DELETE FROM budget_allocation");
		this.jdbc.update("DELETE FROM budget_import");
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
		ReferenceTestData.clear(this.jdbc);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
	}

	@Test
	void theExamplesOfTheInputDocumentLoadWhole() throws Exception {
		this.reference.importFiles(new ReferenceImport(EXAMPLES.resolve("don-vi.csv"), EXAMPLES.resolve("buu-cuc.csv"),
				EXAMPLES.resolve("bang-gia.csv")));
		deliver(InputKind.THROUGHPUT, "sanluong.csv");
		deliver(InputKind.USAGE, "baocao.csv");
		deliver(InputKind.SPENDING, "chungtu.csv");
		deliver(InputKind.INCIDENTS, "su-co.csv");
		deliver(InputKind.PROPOSALS, "de-xuat.csv");
		deliver(InputKind.ALLOCATIONS, "du-toan-giao.csv");
		JobOperatorTestUtils jobs = new JobOperatorTestUtils(this.jobOperator, this.jobRepository);
		jobs.setJob(this.ingestJob);

		assertThat(jobs.startJob(new JobParametersBuilder().addLocalDate("businessDate", LocalDate.of(2026, 11, 30))
			.toJobParameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(this.jdbc.queryForList("SELECT CONCAT(file_name, ' ', status, ' ', rows_read, ' ', rows_loaded) "
				+ "FROM input_file ORDER BY kind, file_name", String.class))
			.containsExactlyInAnyOrder("sanluong.csv LOADED 4 4", "baocao.csv LOADED 3 3", "chungtu.csv LOADED 3 3",
					"su-co.csv LOADED 2 2", "de-xuat.csv LOADED 2 2", "du-toan-giao.csv LOADED 3 3");
		assertThat(this.jdbc.queryForList("SELECT CONCAT(kind, ' ', secrecy) FROM incident ORDER BY occurred_at",
				String.class))
			.containsExactly("THAT_LAC A", "HU_HONG C");
		assertThat(this.jdbc.queryForList("SELECT CONCAT(barcode, ' ', urgency, ' ', secrecy, ' ', item_type, ' ', "
				+ "fee_vnd) FROM item_event WHERE status = 'CHAP_NHAN' ORDER BY barcode", String.class))
			.containsExactly("KT100000017VN KT1  THU 12500", "KT100000025VN HT C GOI 62000",
					"KT100000034VN HG  THU 12500");
		assertThat(this.jdbc.queryForObject("SELECT SUM(amount_vnd) FROM usage_report", Long.class)).isEqualTo(87_000);
		assertThat(this.jdbc.queryForObject("SELECT SUM(amount_vnd) FROM payment_voucher", Long.class))
			.isEqualTo(72_500);
		assertThat(this.jdbc.queryForList("SELECT CONCAT(agency_code, ' ', budget_year, ' ', amount_vnd) "
				+ "FROM budget_proposal ORDER BY agency_code", String.class))
			.containsExactly("1820001 2027 45000000", "1820002 2027 12000000");
		assertThat(this.jdbc.queryForList("SELECT CONCAT(agency_code, ' ', SUM(amount_vnd)) FROM budget_allocation "
				+ "GROUP BY agency_code ORDER BY agency_code", String.class))
			.containsExactly("1820001 35000000", "1820002 9500000");
	}

	private void deliver(InputKind kind, String name) throws Exception {
		Path target = this.properties.inbox().resolve(kind.folder()).resolve(name);
		Files.createDirectories(target.getParent());
		IngestTestSupport.settled(Files.copy(EXAMPLES.resolve(name), target));
	}

}
