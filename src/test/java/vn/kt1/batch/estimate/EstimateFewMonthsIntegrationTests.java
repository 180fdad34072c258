package vn.kt1.batch.estimate;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

import vn.kt1.batch.Kt1CommandLine;
import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.estimate.workbook.EstimateWorkbook;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.reference.ReferenceImportService;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kt1.batch.shared.xlsx.SheetReading.rowStarting;

/**
 * A province with three months of history (March to May 2026 of {@link EstimateWorld}):
 * every agency is under {@code min-months-used} and none can lean on peers with history. No
 * agency that was charged gets 0, each is marked for review with the reason, in the tables
 * and the workbook; without any item the job refuses in one line.
 */
@Kt1IntegrationTest
class EstimateFewMonthsIntegrationTests {

	private static final String REASON = "chỉ có 3 tháng dữ liệu (03/2026–05/2026): quy ra cả năm theo tỷ lệ thời gian";

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
	private Kt1CommandLine commandLine;

	@BeforeEach
	void loadThreeMonths() throws Exception {
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		EstimateWorld.load(this.jdbc, this.reference, this.ingest);
		this.jdbc.update("DELETE FROM item_event WHERE accepted_at < '2026-03-01'");
		Files.deleteIfExists(this.properties.workbook(2027));
	}

	@Test
	void everyAgencyChargedGetsItsMonthsCarriedOverTheYearMarkedWithTheReason() throws Exception {
		JobExecution execution = EstimateWorld.estimate(this.jobOperator, this.estimateJob, 1, null);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		long run = EstimateWorld.currentRun(this.jdbc);
		// the same 20 letters and 2 parcels a month as over 29 months: 5,280,000 plus 10 %
		assertThat(row(run, EstimateWorld.STEADY)).isEqualTo("FEW_MONTHS 3 264.00 5280000 5808000");
		assertThat(row(run, EstimateWorld.LEAVING)).isEqualTo("FEW_MONTHS 3 132.00 2640000 2904000");
		assertThat(this.jdbc.queryForList("SELECT agency_code FROM estimate_agency WHERE run_id = ? AND history_items > 0 "
				+ "AND (amount_vnd = 0 OR basis <> 'FEW_MONTHS' OR review <> ?)", String.class, run, REASON))
			.isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM estimate_agency WHERE run_id = ? AND basis = "
				+ "'FEW_MONTHS'", Integer.class, run)).isEqualTo(8);
		// never charged: the median of the six commune committees' 1,320,000, 1,320,000, 1,320,000,
		// 1,320,000, 2,640,000, 3,960,000
		assertThat(row(run, EstimateWorld.NEVER)).isEqualTo("PEER_MEDIAN 0 120.00 1320000 1452000");
		assertThat(this.jdbc.queryForObject("SELECT review FROM estimate_agency WHERE run_id = ? AND agency_code = ?",
				String.class, run, EstimateWorld.NEVER))
			.isEqualTo("trung vị của các đơn vị chỉ có dưới 6 tháng dữ liệu");
		assertThat(this.jdbc.queryForObject("SELECT CONCAT_WS(' ', agencies, peer_agencies, few_month_agencies, "
				+ "review_agencies) FROM estimate_run WHERE id = ?", String.class, run)).isEqualTo("10 2 8 10");
		try (Workbook workbook = new XSSFWorkbook(this.properties.workbook(2027).toFile())) {
			Sheet detail = workbook.getSheet(EstimateWorkbook.DETAIL);
			Row steady = rowStarting(detail, "STT");
			assertThat(steady.getCell(12).getStringCellValue()).isEqualTo("Cơ sở ước");
			assertThat(steady.getCell(13).getStringCellValue()).isEqualTo("Cần xem lại");
			Row agency = row(detail, EstimateWorld.STEADY);
			assertThat(agency.getCell(12).getStringCellValue()).isEqualTo("Quy năm từ ít tháng");
			assertThat(agency.getCell(13).getStringCellValue()).isEqualTo(REASON);
			assertThat(agency.getCell(11).getStringCellValue()).contains("lý do: dữ liệu chỉ có từ 03/2026 (3 tháng), "
					+ "dưới 6 tháng tối thiểu; không có đơn vị nào đủ lịch sử để lấy trung vị");
		}
	}

	@Test
	void theRunReportCountsThem() {
		StringWriter out = new StringWriter();

		int exit = this.commandLine.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "run",
				"estimate", "year=2027", "asOf=2026-06-15");

		assertThat(exit).isZero();
		assertThat(out.toString()).contains("10 agencies (2 by peer median, 8 from a few months carried over the year, "
				+ "10 to review)");
	}

	@Test
	void withoutAnyItemTheJobRefusesInOneLine() {
		this.jdbc.update("DELETE FROM item_event");

		assertRefused("no items accepted up to 2026-05: the estimate of 2027 needs at least one complete month of "
				+ "history before 2026-06; load the post office's throughput (kt1 run ingest) and run again");
	}

	@Test
	void withItemsOfSendersOffTheListOnlyTheJobRefusesInOneLine() {
		this.jdbc.update("UPDATE item_event SET sender_code = CONCAT('9', SUBSTRING(sender_code, 2))");

		assertRefused("no agency on the list sent an item in 2026-03..2026-05: nothing to estimate 2027 from; check "
				+ "the agency list (kt1 reference import) and load the post office's throughput (kt1 run ingest), "
				+ "then run again");
	}

	private void assertRefused(String message) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();

		int exit = this.commandLine.execute(new PrintWriter(out), new PrintWriter(err), "run", "estimate", "year=2027",
				"asOf=2026-06-15");

		assertThat(exit).isEqualTo(1);
		assertThat(err.toString().lines().toList()).singleElement()
			.isEqualTo("kt1: " + message);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM estimate_run", Integer.class)).isZero();
		assertThat(this.properties.workbook(2027)).doesNotExist();
	}

	private String row(long run, String agency) {
		return EstimateWorld.row(this.jdbc, run, agency);
	}

	private static Row row(Sheet sheet, String code) {
		for (Row row : sheet) {
			if (row.getCell(1) != null && code.equals(row.getCell(1).toString())) {
				return row;
			}
		}
		throw new AssertionError("no agency " + code);
	}
}
