package vn.kt1.batch.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import vn.kt1.batch.CommandLineCapture;
import vn.kt1.batch.Kt1CommandLine;
import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.budget.BudgetTestSupport;
import vn.kt1.batch.demo.DemoDataGenerator;
import vn.kt1.batch.demo.DemoRequest;
import vn.kt1.batch.demo.SampleProvince;
import vn.kt1.batch.demo.SampleReferenceWriter;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.ingest.IngestTestSupport;
import vn.kt1.batch.reconcile.ReconcileTestSupport;
import vn.kt1.batch.reconcile.judge.ExceptionKind;
import vn.kt1.batch.reference.ReferenceImport;
import vn.kt1.batch.reference.ReferenceImportService;
import vn.kt1.batch.reference.ReferenceTestData;
import vn.kt1.batch.report.annex.ExceptionSheet;
import vn.kt1.batch.report.figures.ReportContext;
import vn.kt1.batch.report.figures.ReportPeriod;
import vn.kt1.batch.report.figures.ReportQueries;
import vn.kt1.batch.report.figures.ReportRuns;
import vn.kt1.batch.report.figures.VietnameseText;
import vn.kt1.batch.report.figures.YearFiguresReader;
import vn.kt1.batch.shared.Vnd;
import vn.kt1.batch.shared.xlsx.WorkbookWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kt1.batch.report.ReportFiles.agencyRows;
import static vn.kt1.batch.report.ReportFiles.document;
import static vn.kt1.batch.report.ReportFiles.text;
import static vn.kt1.batch.report.ReportFiles.unusedAgencies;
import static vn.kt1.batch.report.ReportFiles.workbook;
import static vn.kt1.batch.shared.xlsx.SheetReading.count;
import static vn.kt1.batch.shared.xlsx.SheetReading.lastRowStarting;
import static vn.kt1.batch.shared.xlsx.SheetReading.rowStarting;
import static vn.kt1.batch.shared.xlsx.SheetReading.sheetNames;

/**
 * The demo province (Đồng Tháp, 82) from January 2025 to November 2026, generated, ingested
 * and reconciled month by month as of 1 December 2026, then reported for 2026. Two agency
 * names of the reference list are poisoned with formula text. The figures read back from the
 * files are compared with the database.
 */
@Kt1IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearEndReportJobFunctionalTests {

	static final Path OUT = Path.of("target/report-tests");

	static final String HYPERLINK = "=HYPERLINK(\"http://example.com\",\"Tỉnh ủy\")";

	static final String ARITHMETIC = "-1+2 Văn phòng Tỉnh ủy";

	static final List<String> SHEETS = List.of("Tổng hợp", "Biểu đồ", "Theo đơn vị", "Theo bưu cục", "Chất lượng",
			"Liên tục, an ninh", "Ngoại lệ", "Đơn vị chưa sử dụng", "Nguồn dữ liệu");

	static final String ANNEX = "phu-luc-kt1-2026.xlsx";

	static final String REPORT = "bao-cao-kt1-2026.docx";

	static final String YEAR_RUNS = "SELECT r.id FROM reconcile_run r WHERE r.current AND r.month BETWEEN '2026-01' "
			+ "AND '2026-11'";

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
	@Qualifier("yearEndReportJob")
	private Job reportJob;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private IngestProperties properties;

	@Autowired
	private Kt1CommandLine commandLine;

	@Autowired
	private ReportQueries queries;

	@Autowired
	private YearFiguresReader figures;

	@Autowired
	private IssuerResolver issuer;

	@BeforeAll
	void twoYearsOfTheDemoProvince() throws Exception {
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		ReconcileTestSupport.clear(this.jdbc);
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
		ReferenceTestData.clear(this.jdbc);
		FileSystemUtils.deleteRecursively(OUT);
		Path lists = OUT.resolve("reference");
		Files.createDirectories(lists);
		SampleReferenceWriter.write(SampleProvince.of("82"), lists);
		poison(lists.resolve("agencies.csv"));
		this.reference.importFiles(ReferenceImport.sample(lists));
		new DemoDataGenerator().generate(new DemoRequest("82", YearMonth.of(2025, 1), YearMonth.of(2026, 11),
				this.properties.inbox(), 82, 0.0, false));
		JobExecution ingest = this.jobOperator.start(this.ingestJob,
				new JobParametersBuilder().addLocalDate("businessDate", LocalDate.of(2026, 11, 30)).toJobParameters());
		assertThat(ingest.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		for (YearMonth month = YearMonth.of(2025, 1); !month.isAfter(YearMonth.of(2026, 11)); month = month
			.plusMonths(1)) {
			assertThat(reconcile(month, 1).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		}
	}

	@Test
	void writesBothFilesWithTheDatabasesFigures() throws Exception {
		Path out = OUT.resolve("figures");
		JobExecution execution = report(1, out, null);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		long items = this.jdbc.queryForObject("SELECT SUM(po_items) FROM reconcile_agency WHERE run_id IN ("
				+ YEAR_RUNS + ")", Long.class);
		long fees = this.jdbc.queryForObject("SELECT SUM(po_fees_vnd) FROM reconcile_agency WHERE run_id IN ("
				+ YEAR_RUNS + ")", Long.class);
		assertThat(items).isGreaterThan(40_000);
		try (XSSFWorkbook workbook = workbook(out.resolve(ANNEX))) {
			assertThat(sheetNames(workbook)).containsExactlyElementsOf(SHEETS);
			Row total = rowStarting(workbook.getSheet("Tổng hợp"), "Cộng");
			assertThat((long) total.getCell(1).getNumericCellValue()).isEqualTo(items);
			assertThat((long) total.getCell(5).getNumericCellValue()).isEqualTo(fees);
			assertThat(agencyRows(workbook.getSheet("Theo đơn vị"))).isEqualTo(agencySums());
			Row agencies = rowStarting(workbook.getSheet("Theo đơn vị"), "Cộng");
			assertThat((long) agencies.getCell(6).getNumericCellValue()).isEqualTo(items);
			assertThat((long) agencies.getCell(7).getNumericCellValue()).isEqualTo(fees);
			assertThat(agencies.getCell(16).getStringCellValue()).isEqualTo("chưa có dự toán");
			Row offices = rowStarting(workbook.getSheet("Theo bưu cục"), "Cộng");
			assertThat((long) offices.getCell(3).getNumericCellValue()).isEqualTo(items);
			assertThat(((XSSFSheet) workbook.getSheet("Biểu đồ")).getDrawingPatriarch().getCharts()).hasSize(2);
			assertThat(count(workbook.getSheet("Ngoại lệ"), 0, "Thất lạc")).isEqualTo(this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM reconcile_exception WHERE kind = 'LOST' AND run_id IN (" + YEAR_RUNS + ")",
					Long.class));
			assertThat(count(workbook.getSheet("Nguồn dữ liệu"), 8, "Chưa đối soát")).isZero();
			assertThat(unusedAgencies(workbook.getSheet("Đơn vị chưa sử dụng"))).isEqualTo(this.jdbc.queryForList(
					"SELECT g.code FROM agency g WHERE NOT EXISTS (SELECT 1 FROM reconcile_agency a WHERE a.agency_code "
							+ "= g.code AND a.po_items > 0 AND a.run_id IN (" + YEAR_RUNS + ")) AND (g.valid_to IS NULL "
							+ "OR g.valid_to >= '2026-01-01') ORDER BY g.code",
					String.class));
		}
		try (XWPFDocument document = document(out.resolve(REPORT))) {
			XWPFTable header = document.getTables().get(0);
			assertThat(header.getRow(0).getCell(0).getText()).contains("BƯU ĐIỆN TỈNH ĐỒNG THÁP");
			assertThat(header.getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
				.contains("Độc lập - Tự do - Hạnh phúc");
			assertThat(header.getRow(1).getCell(0).getText()).startsWith("Số:").endsWith("/BC-BĐT");
			XWPFParagraph date = header.getRow(1).getCell(1).getParagraphs().get(0);
			assertThat(date.getText()).isEqualTo("Đồng Tháp, ngày … tháng … năm …");
			assertThat(date.getRuns().get(0).isItalic()).isTrue();
			String text = text(document);
			assertThat(text).contains("BÁO CÁO\nTình hình cung ứng và sử dụng dịch vụ bưu chính KT1 năm 2026\n")
				.contains("đã chấp nhận " + Vnd.group(items) + " bưu gửi KT1")
				.contains("tổng cước " + Vnd.group(fees) + " đồng")
				.contains("I. TÌNH HÌNH CHUNG", "II. SẢN LƯỢNG DỊCH VỤ", "III. CHẤT LƯỢNG VÀ TÍNH LIÊN TỤC CỦA DỊCH VỤ",
						"IV. AN NINH, AN TOÀN", "V. ĐỐI SOÁT, THANH TOÁN VÀ THỰC HIỆN DỰ TOÁN",
						"VI. PHƯƠNG HƯỚNG NĂM 2027", "VII. ĐỀ XUẤT, KIẾN NGHỊ", "Nơi nhận:", "GIÁM ĐỐC")
				.contains("chưa có dự toán")
				.contains(fullYear());
			assertThat(HandMadeMonthFunctionalTests.tableHeaded(document, "Dịch vụ").getRow(4).getCell(1).getText()).isEqualTo(Vnd.group(items));
			assertThat(document.getParagraphs().stream().flatMap((p) -> p.getRuns().stream()))
				.allSatisfy((run) -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
			assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
		}
	}

	@Test
	void refusesErrorChecksUntilOverriddenAndRecordsTheOverride() throws Exception {
		Path out = OUT.resolve("override");
		long run = this.jdbc.queryForObject("SELECT id FROM reconcile_run WHERE month = '2026-03' AND current",
				Long.class);
		this.jdbc.update("INSERT INTO data_check (run_id, check_name, severity, findings, message) "
				+ "VALUES (?, 'TEST_ERROR', 'ERROR', 3, '3 made-up errors')", run);
		try {
			JobExecution refused = report(2, out, null);

			assertThat(refused.getStatus()).isEqualTo(BatchStatus.FAILED);
			assertThat(refused.getAllFailureExceptions().get(0).getMessage())
				.startsWith("1 ERROR data check(s) in 2026-01..2026-11, first 2026-03 TEST_ERROR");
			assertThat(out).doesNotExist();

			JobExecution overridden = report(2, out, "Lỗi đã biết, số liệu tháng 3 đã kiểm tra tay");

			assertThat(overridden.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(this.jdbc.queryForList("SELECT CONCAT(overridden_for, ' | ', reason) FROM data_check_override o "
					+ "JOIN data_check c ON c.id = o.check_id WHERE c.check_name = 'TEST_ERROR'", String.class))
				.containsExactly("yearEndReportJob year=2026 cutoff=2026-11-30 | Lỗi đã biết, số liệu tháng 3 đã kiểm "
						+ "tra tay");
			try (XSSFWorkbook workbook = workbook(out.resolve(ANNEX))) {
				Row check = rowStarting(workbook.getSheet("Nguồn dữ liệu"), "03/2026", "TEST_ERROR");
				assertThat(check.getCell(8).getStringCellValue()).isEqualTo("Lỗi đã biết, số liệu tháng 3 đã kiểm tra tay");
			}
		}
		finally {
			this.jdbc.update("DELETE FROM data_check_override");
			this.jdbc.update("DELETE FROM data_check WHERE check_name = 'TEST_ERROR'");
		}
	}

	@Test
	void textFromInputFilesThatLooksLikeAFormulaIsLiteralText() throws Exception {
		Path out = OUT.resolve("poisoned");
		assertThat(report(3, out, null).getStatus()).isEqualTo(BatchStatus.COMPLETED);

		try (XSSFWorkbook workbook = workbook(out.resolve(ANNEX))) {
			Sheet agencies = workbook.getSheet("Theo đơn vị");
			for (String[] poisoned : new String[][] { { "1820001", HYPERLINK }, { "1820002", ARITHMETIC } }) {
				Cell name = rowStarting(agencies, poisoned[0]).getCell(1);
				assertThat(name.getCellType()).isEqualTo(CellType.STRING);
				assertThat(name.getStringCellValue()).isEqualTo(poisoned[1]);
				assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
			}
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					assertThat(row).allSatisfy((cell) -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA));
				}
			}
		}
	}

	@Test
	void aFailedWriteRestartsAloneWithTheRunsTheGateFixed() throws Exception {
		Path out = OUT.resolve("restart");
		Path blocker = out.resolve("bao-cao-kt1-2026.docx");
		Files.createDirectories(blocker);
		Files.writeString(blocker.resolve("in-the-way.txt"), "a directory where the document should go");
		long may = this.jdbc.queryForObject("SELECT id FROM reconcile_run WHERE month = '2026-05' AND current",
				Long.class);

		JobExecution failed = report(4, out, null);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(reconcile(YearMonth.of(2026, 5), 2).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		FileSystemUtils.deleteRecursively(blocker);
		JobExecution restarted = report(4, out, null);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getStepExecutions()).extracting(StepExecution::getStepName)
			.containsExactly("yearEndReportWriteStep");
		assertThat(blocker).isRegularFile();
		try (XSSFWorkbook workbook = workbook(out.resolve(ANNEX))) {
			Row row = rowStarting(workbook.getSheet("Nguồn dữ liệu"), "05/2026");
			assertThat((long) row.getCell(1).getNumericCellValue()).isEqualTo(may);
		}
		assertThat(this.jdbc.queryForObject("SELECT id FROM reconcile_run WHERE month = '2026-05' AND current",
				Long.class)).isNotEqualTo(may);
	}

	@Test
	void theBudgetsAllocatedAreWhatExecutionIsMeasuredAgainstAndThePaymentsAreTheVouchers() throws Exception {
		List<String> agencies = this.jdbc.queryForList("SELECT agency_code FROM payment_voucher WHERE period BETWEEN "
				+ "'2026-01' AND '2026-11' GROUP BY agency_code HAVING SUM(amount_vnd) > 0 ORDER BY agency_code LIMIT 3",
				String.class);
		assertThat(agencies).hasSize(3);
		Path allocations = OUT.resolve("du-toan-duoc-giao-2026.csv");
		Files.writeString(allocations, "ma_don_vi;nam;tieu_muc;so_tien_vnd;so_quyet_dinh;ngay_quyet_dinh\n"
				+ agencies.get(0) + ";2026;6603;12.000.000;125/QĐ-STC;15/01/2026\n"
				+ agencies.get(0) + ";2026;6603;3.000.000;480/QĐ-STC;20/07/2026\n"
				+ agencies.get(1) + ";2026;6603;8.500.000;125/QĐ-STC;15/01/2026\n"
				+ agencies.get(2) + ";2026;6603;4.000.000;125/QĐ-STC;15/01/2026\n");
		CommandLineCapture kt1 = new CommandLineCapture(this.commandLine);
		BudgetTestSupport.clear(this.jdbc);
		try {
			assertThat(kt1.run("budget", "import", "allocations", allocations.toString())).isZero();
			assertThat(kt1.out()).isEqualTo("du-toan-duoc-giao-2026.csv: 4 row(s) added, 0 replaced\n");
			Path out = OUT.resolve("allocations");
			assertThat(report(20, out, null).getStatus()).isEqualTo(BatchStatus.COMPLETED);

			long[] allocated = { 15_000_000, 8_500_000, 4_000_000 };
			long paid = 0;
			try (XSSFWorkbook workbook = workbook(out.resolve(ANNEX))) {
				Sheet sheet = workbook.getSheet("Theo đơn vị");
				for (int i = 0; i < 3; i++) {
					long vouchers = this.jdbc.queryForObject("SELECT SUM(amount_vnd) FROM payment_voucher WHERE "
							+ "agency_code = ? AND period BETWEEN '2026-01' AND '2026-11'", Long.class, agencies.get(i));
					paid += vouchers;
					Row row = rowStarting(sheet, agencies.get(i));
					assertThat((long) row.getCell(11).getNumericCellValue()).isEqualTo(vouchers);
					assertThat((long) row.getCell(16).getNumericCellValue()).isEqualTo(allocated[i]);
					assertThat(row.getCell(17).getStringCellValue()).isEqualTo("Được giao");
					assertThat(row.getCell(19).getNumericCellValue()).isCloseTo((double) vouchers / allocated[i],
							Offset.offset(1e-9));
				}
				Row other = rowStarting(sheet, this.jdbc.queryForObject("SELECT MIN(agency_code) FROM reconcile_agency "
						+ "WHERE agency_code NOT IN (?, ?, ?)", String.class, agencies.toArray()));
				assertThat(other.getCell(16).getStringCellValue()).isEqualTo("chưa có dự toán");
			}
			try (XWPFDocument document = document(out.resolve(REPORT))) {
				assertThat(text(document)).contains("Tổng dự toán năm 2026 của 3 đơn vị là 27.500.000 đồng (3 đơn vị "
						+ "theo dự toán được giao)")
					.contains("các đơn vị này đã thanh toán " + String.format(Locale.GERMANY, "%,d", paid)
							+ " đồng, bằng ");
			}
		}
		finally {
			BudgetTestSupport.clear(this.jdbc);
		}
	}

	@Test
	void theExceptionSheetListsAtMostTheLimitOfEachKindAndCountsTheRest() throws Exception {
		ReportPeriod period = ReportPeriod.of(2026, LocalDate.of(2026, 11, 30));
		ReportRuns runs = this.queries.currentRuns(
				Stream.concat(period.previousYearMonths().stream(), period.months().stream()).toList());
		ReportContext report = new ReportContext(this.figures.read(period, runs), this.issuer.resolve(), 0,
				LocalDateTime.now(), null);
		Path file = OUT.resolve("limit").resolve("ngoai-le.xlsx");
		Files.createDirectories(file.getParent());
		try (WorkbookWriter workbook = new WorkbookWriter()) {
			ExceptionSheet.write(workbook, report, this.queries, 2);
			workbook.save(file);
		}

		int capped = 0;
		try (XSSFWorkbook workbook = workbook(file)) {
			Sheet sheet = workbook.getSheet("Ngoại lệ");
			for (ExceptionKind kind : ExceptionSheet.KINDS) {
				long stored = this.jdbc.queryForObject("SELECT COUNT(*) FROM reconcile_exception WHERE kind = ? AND "
						+ "run_id IN (" + YEAR_RUNS + ")", Long.class, kind.name());
				long listed = count(sheet, 0, kind.label());
				if (stored > 2) {
					capped++;
					assertThat(listed).as(kind.name()).isEqualTo(3);
					assertThat(rowStarting(sheet, kind.label()).getCell(2).getStringCellValue()).isNotEmpty();
					assertThat(lastRowStarting(sheet, kind.label()).getCell(10).getStringCellValue())
						.startsWith("Và " + VietnameseText.number(stored - 2) + " bưu gửi khác cùng loại");
				}
				else {
					assertThat(listed).as(kind.name()).isEqualTo(stored);
				}
			}
		}
		assertThat(capped).as("kinds with more than 2 items in the demo year").isGreaterThanOrEqualTo(2);
	}

	@Test
	void theCommandWritesBothFilesAndPrintsWhereEveryTime() throws IOException {
		// a later cut-off in December reports the same months: January to November
		Path out = OUT.resolve("command");
		for (int time = 1; time <= 2; time++) {
			StringWriter printed = new StringWriter();
			StringWriter errors = new StringWriter();
			int exit = this.commandLine.execute(new PrintWriter(printed), new PrintWriter(errors), "report", "year-end",
					"2026", "--cutoff", "2026-12-05", "--out", out.toString());

			assertThat(exit).as(errors.toString()).isZero();
			assertThat(printed.toString().lines()).contains(
					"  báo cáo (Word): " + out.resolve("bao-cao-kt1-2026.docx").toAbsolutePath(),
					"  phụ lục (Excel): " + out.resolve("phu-luc-kt1-2026.xlsx").toAbsolutePath());
			assertThat(printed.toString()).contains("(year=2026, cutoff=2026-12-05): COMPLETED");
		}
		assertThat(Files.readString(out.resolve("bao-cao-kt1-2026.docx"), StandardCharsets.ISO_8859_1)).startsWith("PK");
	}

	@Test
	void kt1RunFillsInTheCutoffAndRefusesAYearNeverReconciled() {
		StringWriter printed = new StringWriter();
		StringWriter errors = new StringWriter();
		int exit = this.commandLine.execute(new PrintWriter(printed), new PrintWriter(errors), "run", "yearEndReport",
				"year=2031", "outDir=" + OUT.resolve("never"));

		assertThat(exit).isEqualTo(1);
		assertThat(printed.toString()).contains("(cutoff=2031-11-30, year=2031): FAILED");
		assertThat(errors.toString()).contains("no month of 2031-01..2031-11 was reconciled");
		assertThat(OUT.resolve("never")).doesNotExist();
	}

	private JobExecution reconcile(YearMonth month, long attempt) throws Exception {
		return this.jobOperator.start(this.reconcileJob, new JobParametersBuilder().addString("month", month.toString())
			.addLong("attempt", attempt)
			.addLocalDate("asOf", LocalDate.of(2026, 12, 1), false)
			.toJobParameters());
	}

	private JobExecution report(long attempt, Path out, String override) throws Exception {
		JobParametersBuilder parameters = YearEndReportParameters.of(2026)
			.addLong("attempt", attempt)
			.addString(YearEndReportParameters.OUT_DIR, out.toString(), false);
		if (override != null) {
			parameters.addString(YearEndReportParameters.OVERRIDE_CHECKS, override, false);
		}
		return this.jobOperator.start(this.reportJob, parameters.toJobParameters());
	}

	/**
	 * @return the whole year 2026 estimated by hand: January to November, and December in the
	 * proportion December 2025 had to January to November 2025
	 */
	private String fullYear() {
		long[] now = sums("2026-01", "2026-11");
		long[] before = sums("2025-01", "2025-11");
		long[] december = sums("2025-12", "2025-12");
		return "Ước thực hiện cả năm 2026: " + Vnd.group(now[0] + Math.round((double) now[0] * december[0] / before[0]))
				+ " bưu gửi, " + Vnd.group(now[1] + Math.round((double) now[1] * december[1] / before[1]))
				+ " đồng (số ước tính: tháng 12 ước tính theo tỷ lệ của tháng 12 so với 11 tháng đầu năm 2025).";
	}

	private long[] sums(String first, String last) {
		return this.jdbc.queryForObject("SELECT SUM(items), SUM(fees_vnd) FROM reconcile_run WHERE current AND month "
				+ "BETWEEN ? AND ?", (rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }, first, last);
	}

	/** Agency codes to their items, fees and payments over 2026, as the database sums them. */
	private Map<String, List<Long>> agencySums() {
		Map<String, List<Long>> sums = new HashMap<>();
		this.jdbc.query("SELECT agency_code, SUM(po_items), SUM(po_fees_vnd), SUM(paid_vnd) FROM reconcile_agency "
				+ "WHERE run_id IN (" + YEAR_RUNS + ") GROUP BY agency_code", (rs) -> {
					sums.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
				});
		return sums;
	}

	/** Give two agencies of the list names that a spreadsheet would take for formulas. */
	private static void poison(Path agencies) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String line : Files.readAllLines(agencies, StandardCharsets.UTF_8)) {
			if (line.startsWith("1820001,")) {
				line = "1820001,\"" + HYPERLINK.replace("\"", "\"\"") + "\"" + line.substring(line.indexOf(",TINH,"));
			}
			else if (line.startsWith("1820002,")) {
				line = "1820002," + ARITHMETIC + line.substring(line.indexOf(",TINH,"));
			}
			lines.add(line);
		}
		Files.write(agencies, lines, StandardCharsets.UTF_8);
	}

}
