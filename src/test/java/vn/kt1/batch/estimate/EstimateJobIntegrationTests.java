package vn.kt1.batch.estimate;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
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

import vn.kt1.batch.CommandLineCapture;
import vn.kt1.batch.Kt1CommandLine;
import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.budget.BudgetTestSupport;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.reference.ReferenceImportService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * estimateJob on {@link EstimateWorld}: one agency per kind of bad input, a tariff missing
 * for the year, and ERROR data checks.
 */
@Kt1IntegrationTest
class EstimateJobIntegrationTests {

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
	void loadTheWorld() throws Exception {
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		EstimateWorld.load(this.jdbc, this.reference, this.ingest);
		Files.deleteIfExists(workbook());
	}

	@Test
	void everyAgencyValidInTheYearWithItsBasis() throws Exception {
		JobExecution execution = estimate(1, null);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		long run = currentRun();
		assertThat(agencies(run)).containsOnlyKeys(EstimateWorld.STEADY, EstimateWorld.LEAVING,
				EstimateWorld.PEERS[0], EstimateWorld.PEERS[1], EstimateWorld.PEERS[2], EstimateWorld.NEVER,
				EstimateWorld.NEWCOMER, EstimateWorld.HUGE_MONTH, EstimateWorld.HUGE_OCTOBER, EstimateWorld.GAP);
		// a flat history: 240 letters x 11,000 + 24 parcels x 110,000, plus 10 %
		assertThat(row(run, EstimateWorld.STEADY)).isEqualTo("HISTORY 29 264.00 5280000 5808000");
		assertThat(services(run, EstimateWorld.STEADY)).containsExactly("NOI_TINH KT1 - 240.00 2640000 11000.00",
				"LIEN_TINH HT C 24.00 2640000 110000.00");
		assertThat(workbook()).exists();
		assertThat(this.jdbc.queryForObject("SELECT total_vnd = (SELECT SUM(amount_vnd) FROM estimate_agency "
				+ "WHERE run_id = r.id) FROM estimate_run r WHERE id = ?", Boolean.class, run)).isTrue();
	}

	@Test
	void anAgencysOwnProposalStandsBesideItsEstimateMarkedWhenFarFromIt() throws Exception {
		BudgetTestSupport.clear(this.jdbc);
		Path proposals = Files.writeString(workbook().resolveSibling("de-xuat-2027.csv"), "ma_don_vi,nam,so_tien_vnd\n"
				+ EstimateWorld.STEADY + ",2027,8.000.000\n" + EstimateWorld.LEAVING + ",2027,3.000.000\n");
		assertThat(new CommandLineCapture(this.commandLine).run("budget", "import", "proposals",
				proposals.toString())).isZero();
		try {
			assertThat(estimate(1, null).getStatus()).isEqualTo(BatchStatus.COMPLETED);

			try (XSSFWorkbook book = new XSSFWorkbook(
					Files.newInputStream(workbook()))) {
				Sheet detail = book.getSheet("Chi tiết đơn vị");
				Row steady = agencyRow(detail, EstimateWorld.STEADY);
				assertThat((long) steady.getCell(7).getNumericCellValue()).isEqualTo(5_808_000);
				assertThat((long) steady.getCell(14).getNumericCellValue()).isEqualTo(8_000_000);
				// (8,000,000 - 5,808,000) / 5,808,000
				assertThat(steady.getCell(15).getNumericCellValue()).isCloseTo(0.3774104683,
						Offset.offset(1e-9));
				assertThat(steady.getCell(16).getStringCellValue())
					.isEqualTo("Đề xuất cao hơn dự toán 37,7% (ngưỡng 20%)");
				Row leaving = agencyRow(detail, EstimateWorld.LEAVING);
				assertThat((long) leaving.getCell(14).getNumericCellValue()).isEqualTo(3_000_000);
				assertThat(leaving.getCell(16).getStringCellValue()).isEmpty();
				Row none = agencyRow(detail, EstimateWorld.GAP);
				assertThat(none.getCell(14).getStringCellValue()).isEmpty();
			}
		}
		finally {
			BudgetTestSupport.clear(this.jdbc);
		}
	}

	private static Row agencyRow(Sheet sheet, String code) {
		for (Row row : sheet) {
			Cell cell = row.getCell(1);
			if (cell != null && cell.getCellType() == CellType.STRING
					&& code.equals(cell.getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row of " + code);
	}

	@Test
	void anAgencyLeavingMidYearCountsOnlyItsMonths() throws Exception {
		estimate(1, null);

		// January to June 2027 of the same history: half the letters and parcels
		assertThat(row(currentRun(), EstimateWorld.LEAVING)).isEqualTo("HISTORY 29 132.00 2640000 2904000");
		assertThat(this.jdbc.queryForObject("SELECT valid_share FROM estimate_agency WHERE run_id = ? "
				+ "AND agency_code = ?", String.class, currentRun(), EstimateWorld.LEAVING)).isEqualTo("0.495890");
	}

	@Test
	void noHistoryOrAnAllZeroHistoryTakesTheMedianOfThePeersMarked() throws Exception {
		estimate(1, null);
		long run = currentRun();
		Map<String, Long> base = base(run);
		List<Long> peers = List.of(base.get(EstimateWorld.PEERS[0]), base.get(EstimateWorld.PEERS[1]),
				base.get(EstimateWorld.PEERS[2]), base.get(EstimateWorld.HUGE_MONTH),
				base.get(EstimateWorld.HUGE_OCTOBER), base.get(EstimateWorld.GAP))
			.stream()
			.sorted()
			.toList();
		// six commune committees with history: the mean of the middle two, half up
		long median = (peers.get(2) + peers.get(3) + 1) / 2;

		assertThat(row(run, EstimateWorld.NEVER)).startsWith("PEER_MEDIAN 0 ");
		assertThat(base.get(EstimateWorld.NEVER)).isEqualTo(median).isPositive();
		assertThat(base.get(EstimateWorld.NEWCOMER)).isEqualTo(median);
		assertThat(this.jdbc.queryForList("SELECT CONCAT(peer_agencies, ' ', peer_reason) FROM estimate_agency "
				+ "WHERE run_id = ? AND basis = 'PEER_MEDIAN' ORDER BY agency_code", String.class, run))
			.containsExactly("6 chưa có bưu gửi KT1 trong lịch sử 01/2024–05/2026",
					"6 đơn vị mới, hiệu lực từ 01/01/2027");
		assertThat(this.jdbc.queryForObject("SELECT basis_text FROM estimate_agency WHERE run_id = ? AND agency_code = ?",
				String.class, run, EstimateWorld.NEVER))
			.startsWith("Ước theo trung vị nhóm Cấp xã – Ủy ban nhân dân và cơ quan chuyên môn (6 đơn vị có lịch sử)");
	}

	@Test
	void aSingleHugeMonthIsCappedAndAGapOfMonthsCountsAsZeros() throws Exception {
		estimate(1, null);
		long run = currentRun();

		// 10 letters a month: without the 1,000 of March 2025 the year is about 120 letters
		assertThat(items(run, EstimateWorld.HUGE_MONTH)).isBetween(100.0, 150.0);
		assertThat(method(run, EstimateWorld.HUGE_MONTH)).contains("chặn 1 tháng bất thường");
		assertThat(review(run, EstimateWorld.HUGE_MONTH)).isNull();
		// in October too: the agency's share of its group is taken with the month capped; the
		// forecast, under a third of the mean of its last 12 months (1,000 among them), is marked
		assertThat(items(run, EstimateWorld.HUGE_OCTOBER)).isBetween(100.0, 150.0);
		assertThat(method(run, EstimateWorld.HUGE_OCTOBER)).contains("chặn 1 tháng bất thường");
		assertThat(review(run, EstimateWorld.HUGE_OCTOBER)).startsWith("Nội tỉnh, Thường: dự báo ")
			.endsWith(" bưu gửi/tháng; 12 tháng gần nhất: trung vị 10, bình quân 92,5");
		assertThat(this.jdbc.queryForObject("SELECT review_agencies FROM estimate_run WHERE id = ?", Integer.class,
				run)).isEqualTo(1);
		// ten empty months among the last 24: a share of the group's letters below 10 a month
		assertThat(items(run, EstimateWorld.GAP)).isBetween(40.0, 120.0);
		assertThat(method(run, EstimateWorld.GAP)).startsWith("phần ").contains(" % của dự báo nhóm: ");
		assertThat(this.jdbc.queryForObject("SELECT CONCAT(months_used, ' ', history_items) FROM estimate_agency "
				+ "WHERE run_id = ? AND agency_code = ?", String.class, run, EstimateWorld.GAP)).isEqualTo("29 190");
	}

	@Test
	void aTariffMissingForTheYearFailsNamingTheComponentAndWritesNothing() throws Exception {
		this.jdbc.update("UPDATE tariff_price SET valid_to = '2027-03-31' WHERE component = 'HT'");

		JobExecution execution = estimate(1, null);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(execution.getAllFailureExceptions()).singleElement()
			.satisfies((ex) -> assertThat(ex.getMessage()).isEqualTo("the tariff has no price for HT on 2027-04-01: "
					+ "load the tariff of 2027 (kt1 reference import --tariff FILE) and run again"));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM estimate_run", Integer.class)).isZero();
		assertThat(workbook()).doesNotExist();
	}

	@Test
	void theCommandRunsTheJobWhenTheYearHasNoEstimateAndSaysWhyItFailed() {
		this.jdbc.update("UPDATE tariff_price SET valid_to = '2027-03-31' WHERE component = 'HT'");
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();

		int exit = this.commandLine.execute(new PrintWriter(out), new PrintWriter(err), "estimate", "2027",
				"--as-of", "2026-06-15", "--out", "target/it-data/never.xlsx");

		assertThat(exit).isEqualTo(1);
		assertThat(out.toString()).contains("(year=2027): FAILED");
		assertThat(err.toString()).contains("FAILED: the tariff has no price for HT on 2027-04-01");
		assertThat(Path.of("target/it-data/never.xlsx")).doesNotExist();
	}

	@Test
	void errorChecksBlockUntilOverriddenAndTheOverrideIsRecorded() throws Exception {
		this.jdbc.update("INSERT INTO reconcile_run (id, month, job_execution_id, as_of, payments_judged, status, "
				+ "current, started_at, settings) VALUES (990001, '2025-03', 0, '2026-06-01', TRUE, 'COMPLETED', TRUE, "
				+ "NOW(), 'test')");
		this.jdbc.update("INSERT INTO data_check (run_id, check_name, severity, findings, message) VALUES "
				+ "(990001, 'REFERENCE_POST_OFFICE', 'ERROR', 3, '3 items from post offices that are not on the list')");

		JobExecution blocked = estimate(1, null);

		assertThat(blocked.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(blocked.getAllFailureExceptions()).singleElement()
			.satisfies((ex) -> assertThat(ex.getMessage()).startsWith("1 ERROR data check(s) in 2024-01..2026-05, "
					+ "first 2025-03 REFERENCE_POST_OFFICE: 3 items from post offices that are not on the list")
				.endsWith("; correct the data and reconcile again, or override with a reason (recorded)"));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM estimate_run", Integer.class)).isZero();

		JobExecution overridden = estimate(1, "Bưu điện đã xác nhận số liệu tháng 3/2025");

		assertThat(overridden.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList("SELECT CONCAT(overridden_for, ' / ', reason) FROM data_check_override",
				String.class))
			.containsExactly("estimateJob year=2027 / Bưu điện đã xác nhận số liệu tháng 3/2025");
		assertThat(this.jdbc.queryForObject("SELECT override_reason FROM estimate_run WHERE id = ?", String.class,
				currentRun())).isEqualTo("Bưu điện đã xác nhận số liệu tháng 3/2025");
	}

	private JobExecution estimate(long attempt, String overrideChecks) throws Exception {
		return EstimateWorld.estimate(this.jobOperator, this.estimateJob, attempt, overrideChecks);
	}

	private Path workbook() {
		return this.properties.workbook(2027);
	}

	private long currentRun() {
		return EstimateWorld.currentRun(this.jdbc);
	}

	private Map<String, Long> agencies(long run) {
		return new TreeMap<>(base(run));
	}

	private Map<String, Long> base(long run) {
		Map<String, Long> base = new TreeMap<>();
		this.jdbc.query("SELECT agency_code, base_vnd FROM estimate_agency WHERE run_id = ?", (rs) -> {
			base.put(rs.getString(1), rs.getLong(2));
		}, run);
		return base;
	}

	private String row(long run, String agency) {
		return EstimateWorld.row(this.jdbc, run, agency);
	}

	private List<String> services(long run, String agency) {
		return this.jdbc.queryForList("SELECT CONCAT_WS(' ', s.zone, s.urgency, IF(s.secrecy = '', '-', s.secrecy), "
				+ "s.items, s.base_vnd, p.fee_per_item) FROM estimate_service s JOIN estimate_price p ON p.run_id = "
				+ "s.run_id AND p.agency_code = s.agency_code AND p.zone = s.zone AND p.urgency = s.urgency AND "
				+ "p.secrecy = s.secrecy WHERE s.run_id = ? AND s.agency_code = ? ORDER BY s.zone DESC",
				String.class, run, agency);
	}

	private double items(long run, String agency) {
		return this.jdbc.queryForObject("SELECT items FROM estimate_agency WHERE run_id = ? AND agency_code = ?",
				Double.class, run, agency);
	}

	private String review(long run, String agency) {
		return this.jdbc.queryForObject("SELECT review FROM estimate_agency WHERE run_id = ? AND agency_code = ?",
				String.class, run, agency);
	}

	private String method(long run, String agency) {
		return this.jdbc.queryForObject("SELECT method FROM estimate_service WHERE run_id = ? AND agency_code = ?",
				String.class, run, agency);
	}

}
