package vn.kt1.batch.estimate;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

import vn.kt1.batch.Kt1CommandLine;
import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.demo.DemoDataGenerator;
import vn.kt1.batch.demo.DemoRequest;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.ingest.IngestTestSupport;
import vn.kt1.batch.reconcile.ReconcileTestSupport;
import vn.kt1.batch.reconcile.TouchedMonths;
import vn.kt1.batch.reference.ReferenceImport;
import vn.kt1.batch.reference.ReferenceImportService;
import vn.kt1.batch.reference.ReferenceTestData;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kt1.batch.shared.xlsx.SheetReading.sheetNames;

/**
 * The demo province end to end: 29 months of generated inputs (2024-01 to 2026-05) ingested
 * and reconciled, the estimate of 2027 made on 15 June 2026, and its workbook read back.
 */
@Kt1IntegrationTest
class EstimateJobFunctionalTests {

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
	@Qualifier("estimateJob")
	private Job estimateJob;

	@Autowired
	private TouchedMonths touchedMonths;

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

	@Test
	void theDemoProvincesEstimateWorkbookHoldsTheTablesFiguresToTheDong() throws Exception {
		loadTheDemoProvince();

		JobExecution execution = this.jobOperator.start(this.estimateJob, new JobParametersBuilder()
			.addLong("year", 2027L)
			.addLocalDate("asOf", LocalDate.of(2026, 6, 15), false)
			.toJobParameters());

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		long run = EstimateWorld.currentRun(this.jdbc);
		long total = this.jdbc.queryForObject("SELECT SUM(amount_vnd) FROM estimate_agency WHERE run_id = ?",
				Long.class, run);
		assertThat(this.jdbc.queryForObject("SELECT total_vnd FROM estimate_run WHERE id = ?", Long.class, run))
			.isEqualTo(total)
			.isPositive();
		try (Workbook workbook = new XSSFWorkbook(this.properties.workbook(2027).toFile())) {
			assertThat(sheetNames(workbook)).containsExactly("Tổng hợp", "Chi tiết đơn vị", "Chi tiết dịch vụ",
					"Kiểm định (backtest)", "Nguồn dữ liệu");
			Sheet summary = workbook.getSheet("Tổng hợp");
			assertThat(summary.getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("DỰ TOÁN KINH PHÍ SỬ DỤNG DỊCH VỤ BƯU CHÍNH KT1 NĂM 2027");
			assertThat(summary.getRow(2).getCell(0).getStringCellValue()).startsWith("Tỉnh Đồng Tháp – Tiểu mục 6603");
			assertThat(summary.getPrintSetup().getLandscape()).isTrue();
			assertThat(summary.getRepeatingRows()).isNotNull();
			assertThat(money(rowLabelled(summary, 1, "TỔNG CỘNG"), 5)).isEqualTo(total);
			assertThat(levelSubtotals(summary)).isEqualTo(total);
			Sheet detail = workbook.getSheet("Chi tiết đơn vị");
			assertThat(amountsByCode(detail)).isEqualTo(amounts(run));
			assertThat(money(rowLabelled(detail, 2, "TỔNG CỘNG"), 7)).isEqualTo(total);
			assertThat(money(rowLabelled(workbook.getSheet("Chi tiết dịch vụ"), 2, "TỔNG CỘNG"), 9))
				.isEqualTo(this.jdbc.queryForObject("SELECT SUM(base_vnd) FROM estimate_service WHERE run_id = ?",
						Long.class, run));
			assertBacktestShowsRealFigures(workbook.getSheet("Kiểm định (backtest)"), run);
		}
		assertTheCommandWritesTheSameTotal(run, total);
	}

	private void assertBacktestShowsRealFigures(Sheet backtest, long run) {
		Map<String, Object> stored = this.jdbc.queryForMap("SELECT * FROM estimate_backtest WHERE run_id = ?", run);
		assertThat(stored.get("compared_from")).isEqualTo("2026-01");
		assertThat(stored.get("compared_to")).isEqualTo("2026-05");
		assertThat(title(backtest)).contains("MAPE " + new BigDecimal(stored.get("mape").toString()).setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " %");
		List<Row> rows = dataRows(backtest);
		assertThat(rows).hasSize(((Number) stored.get("agencies")).intValue());
		long estimated = 0;
		long charged = 0;
		for (Row row : rows) {
			estimated += money(row, 6);
			charged += money(row, 7);
			Cell error = row.getCell(9);
			if (error.getCellType() == CellType.NUMERIC) {
				assertThat(Double.isFinite(error.getNumericCellValue())).isTrue();
			}
		}
		Row total = rowLabelled(backtest, 2, "TOÀN TỈNH");
		assertThat(estimated).isEqualTo(money(total, 6)).isEqualTo(((Number) stored.get("estimate_vnd")).longValue())
			.isPositive();
		assertThat(charged).isEqualTo(money(total, 7)).isEqualTo(((Number) stored.get("actual_vnd")).longValue())
			.isPositive();
		assertThat(Double.isFinite(total.getCell(9).getNumericCellValue())).isTrue();
		System.out.println("estimate 2027 of the demo province, backtest 2026: " + stored);
	}

	private void assertTheCommandWritesTheSameTotal(long run, long total) throws Exception {
		Path out = Path.of("target/it-data/estimate-command.xlsx");
		StringWriter printed = new StringWriter();
		int exit = this.commandLine.execute(new PrintWriter(printed), new PrintWriter(new StringWriter()), "estimate",
				"2027", "--out", out.toString());

		assertThat(exit).isZero();
		assertThat(printed.toString()).contains("Estimate 2027, run #" + run).contains(out.toString());
		try (Workbook workbook = new XSSFWorkbook(out.toFile())) {
			assertThat(money(rowLabelled(workbook.getSheet("Tổng hợp"), 1, "TỔNG CỘNG"), 5)).isEqualTo(total);
		}
	}

	private void loadTheDemoProvince() throws Exception {
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		EstimateTestSupport.clear(this.jdbc);
		ReconcileTestSupport.clear(this.jdbc);
		IngestTestSupport.reset(this.jdbc, this.reference, this.ingest);
		ReferenceTestData.clear(this.jdbc);
		this.reference.importFiles(ReferenceImport.sample(Path.of("config/reference/dong-thap-82")));
		new DemoDataGenerator().generate(new DemoRequest("82", YearMonth.of(2024, 1), YearMonth.of(2026, 5),
				this.ingest.inbox(), 82, 0.005, false));
		JobExecution ingested = this.jobOperator.start(this.ingestJob,
				new JobParametersBuilder().addLocalDate("businessDate", LocalDate.of(2026, 5, 31)).toJobParameters());
		assertThat(ingested.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<YearMonth> months = this.touchedMonths.byIngestExecution(ingested.getId());
		assertThat(months).hasSize(29);
		for (YearMonth month : months) {
			JobExecution reconciled = this.jobOperator.start(this.reconcileJob,
					new JobParametersBuilder().addString("month", month.toString())
						.addLocalDate("asOf", LocalDate.of(2026, 6, 1), false)
						.toJobParameters());
			assertThat(reconciled.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		}
	}

	private Map<String, Long> amounts(long run) {
		Map<String, Long> amounts = new HashMap<>();
		this.jdbc.query("SELECT agency_code, amount_vnd FROM estimate_agency WHERE run_id = ?", (rs) -> {
			amounts.put(rs.getString(1), rs.getLong(2));
		}, run);
		return amounts;
	}

	private static Map<String, Long> amountsByCode(Sheet detail) {
		Map<String, Long> amounts = new HashMap<>();
		for (Row row : dataRows(detail)) {
			amounts.put(row.getCell(1).getStringCellValue(), money(row, 7));
		}
		return amounts;
	}

	/** @return the sum of the level rows (numbered I, II, ...) of the summary */
	private static long levelSubtotals(Sheet summary) {
		long sum = 0;
		for (Row row : dataRows(summary)) {
			if (row.getCell(0).getStringCellValue().matches("[IV]+")) {
				sum += money(row, 5);
			}
		}
		return sum;
	}

	/** @return the rows under the header whose first cell is a number or a roman numeral, not the totals */
	private static List<Row> dataRows(Sheet sheet) {
		List<Row> rows = new ArrayList<>();
		boolean below = false;
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (below && first != null && (first.getCellType() == CellType.NUMERIC
					|| (first.getCellType() == CellType.STRING && !first.getStringCellValue().isEmpty()))) {
				rows.add(row);
			}
			below = below || (first != null && first.getCellType() == CellType.STRING
					&& "STT".equals(first.getStringCellValue()));
		}
		return rows;
	}

	private static Row rowLabelled(Sheet sheet, int column, String label) {
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && label.equals(cell.getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
	}

	private static String title(Sheet sheet) {
		StringBuilder title = new StringBuilder();
		for (int r = 0; r < 7; r++) {
			title.append(sheet.getRow(r) != null && sheet.getRow(r).getCell(0) != null
					? sheet.getRow(r).getCell(0).getStringCellValue() + "\n" : "");
		}
		return title.toString();
	}

	private static long money(Row row, int column) {
		double value = row.getCell(column).getNumericCellValue();
		assertThat(value).isEqualTo(Math.rint(value));
		return (long) value;
	}

}
