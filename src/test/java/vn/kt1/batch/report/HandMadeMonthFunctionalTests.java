package vn.kt1.batch.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
import org.springframework.util.FileSystemUtils;

import vn.kt1.batch.Kt1CommandLine;
import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.incident.IncidentImportService;
import vn.kt1.batch.incident.IncidentTestSupport;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.ingest.IngestTestSupport;
import vn.kt1.batch.reconcile.ReconcileTestSupport;
import vn.kt1.batch.reference.ReferenceImport;
import vn.kt1.batch.reference.ReferenceImportService;
import vn.kt1.batch.report.figures.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kt1.batch.report.ReportFiles.document;
import static vn.kt1.batch.report.ReportFiles.text;
import static vn.kt1.batch.report.ReportFiles.workbook;
import static vn.kt1.batch.shared.xlsx.SheetReading.count;
import static vn.kt1.batch.shared.xlsx.SheetReading.rowStarting;

/**
 * The hand-made months of {@code jobs/year-end-report/sample} (September 2026) and
 * {@code jobs/reconcile/sample} (October 2026), reconciled as of 31 December 2026, then
 * reported. Every expected figure was worked out by hand from the files (the comments say
 * how), never with the report's own code.
 */
@Kt1IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class HandMadeMonthFunctionalTests {

	static final Path SAMPLE = Path.of("jobs/year-end-report/sample");

	static final Path OUT = Path.of("target/report-hand-made");

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
	private IncidentImportService incidents;

	@Autowired
	private Kt1CommandLine commandLine;

	@Autowired
	@Qualifier("departmentReportJob")
	private Job departmentJob;

	@BeforeAll
	void septemberAndOctober() throws Exception {
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		ReconcileTestSupport.clear(this.jdbc);
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
		// 1820003 left the list on 31 August 2026
		this.reference.importFiles(new ReferenceImport(SAMPLE.resolve("reference/agencies.csv"), null, null));
		FileSystemUtils.deleteRecursively(OUT);
		IncidentTestSupport.clear(this.jdbc);
		this.incidents.importFile(SAMPLE.resolve("incidents/su-co_2026-09.csv"));
		for (Path sample : List.of(SAMPLE, Path.of("jobs/reconcile/sample"))) {
			deliver(sample);
		}
		JobExecution ingest = this.jobOperator.start(this.ingestJob,
				new JobParametersBuilder().addLocalDate("businessDate", LocalDate.of(2026, 11, 30)).toJobParameters());
		assertThat(ingest.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForObject("SELECT SUM(rows_rejected) FROM input_file", Integer.class)).isZero();
		for (String month : List.of("2026-09", "2026-10")) {
			JobExecution reconcile = this.jobOperator.start(this.reconcileJob,
					new JobParametersBuilder().addString("month", month)
						.addLocalDate("asOf", LocalDate.of(2026, 12, 31), false)
						.toJobParameters());
			assertThat(reconcile.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		}
	}

	@Test
	void reconciliationStoresTheMonthsContinuityAndSplitsAsWorkedOutByHand() {
		long september = run("2026-09");
		// 870000: letters on 18 working days (two accepted at night: 10/9 23:15 and 30/9 23:59), on Saturdays 5/9
		// and 19/9 (05:30, night), Sunday 13/9 and the holiday 2/9; 16 delivered on working days (one on 1/10),
		// one on Saturday 12/9, one on Sunday 6/9 at 22:30, one on 2/9; two lost (A, C) and one returned (B)
		assertThat(this.jdbc.queryForList("SELECT CONCAT_WS(' ', post_office_code, day_kind, accepted, accepted_night, "
				+ "delivered, delivered_night) FROM reconcile_continuity WHERE run_id = ? ORDER BY post_office_code, "
				+ "FIELD(day_kind, 'WORKING_DAY', 'SATURDAY', 'SUNDAY', 'HOLIDAY')", String.class, september))
			.containsExactly("870000 WORKING_DAY 18 2 16 0", "870000 SATURDAY 2 1 1 0", "870000 SUNDAY 1 0 1 1",
					"870000 HOLIDAY 1 0 1 0", "870100 WORKING_DAY 3 0 3 0");
		assertThat(splits(september)).containsExactly("870000 KT1 THU 18 225000 0 0", "870000 KT1 A THU 1 66000 1 0",
					"870000 KT1 B THU 1 53501 0 1", "870000 KT1 C THU 2 93000 1 0", "870100 KT1 THU 3 37500 0 0");
		assertThat(this.jdbc.queryForList("SELECT DAY(day) FROM reconcile_office_day WHERE run_id = ? AND "
				+ "post_office_code = '870000' ORDER BY day", Integer.class, september))
			.containsExactly(2, 3, 4, 5, 7, 8, 9, 10, 11, 13, 14, 17, 18, 19, 21, 22, 23, 24, 25, 28, 29, 30);
	}

	@Test
	void reconciliationStoresOctobersSplitsAndFilesAsWorkedOutByHand() {
		long october = run("2026-10");
		// jobs/reconcile/sample's sanluong_2026-10.csv, items accepted in October (KT200000108VN, 30/9, and
		// KT200000111VN, 1/11, are not): at 870000 010 (12,500), 023 (15,000), 068 (20,000), 085 (12,500) and
		// 099 (12,500, in transit); at 870100 037 (delivered), 045 (lost), 054 (returned), 12,500 each, and
		// 071 by HT (56,500); none secret, all letters
		assertThat(splits(october)).containsExactly("870000 KT1 THU 5 72500 0 0", "870100 KT1 THU 3 37500 1 1",
				"870100 HT THU 1 56500 0 0");
		// the same file holds the 18 events of those 9 items, and one of September's (KT200000108VN)
		assertThat(sources(october)).containsExactly("sanluong_2026-10.csv 18");
		long september = run("2026-09");
		assertThat(sources(september)).hasSize(2).contains("sanluong_2026-10.csv 1");
		assertThat(this.jdbc.queryForList("SELECT report_figures FROM reconcile_run WHERE id IN (?, ?)", Boolean.class,
				september, october)).containsOnly(true);
	}

	@Test
	void theReportsReadWhatTheRunsStoredNeverTheItems() throws Exception {
		Path out = OUT.resolve("items-kept");
		Path without = OUT.resolve("items-deleted");
		assertThat(yearEnd(5, LocalDate.of(2026, 12, 31), out).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(department(101, out).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		this.jdbc.execute("CREATE TABLE item_event_kept AS SELECT * FROM item_event");
		try {
			assertThat(this.jdbc.update("DELETE FROM item_event WHERE accepted_at >= '2026-01-01'")).isPositive();
			assertThat(yearEnd(6, LocalDate.of(2026, 12, 31), without).getStatus()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(department(102, without).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		}
		finally {
			this.jdbc.update("INSERT INTO item_event SELECT * FROM item_event_kept");
			this.jdbc.execute("DROP TABLE item_event_kept");
		}

		String annex = "phu-luc-kt1-2026.xlsx";
		assertThat(cells(without.resolve(annex))).isEqualTo(cells(out.resolve(annex)))
			.anyMatch((cell) -> cell.endsWith(" sanluong_2026-10.csv"));
		for (String report : List.of("bao-cao-kt1-2026.docx", "bao-cao-so-khcn-kt1-2026-09-2026-09.docx")) {
			try (XWPFDocument kept = document(out.resolve(report));
					XWPFDocument deleted = document(without.resolve(report))) {
				assertThat(text(deleted)).isEqualTo(text(kept));
			}
		}
	}

	@Test
	void overdueFeesAreThoseOfMonthsPastTheirDeadlineAtTheCutoff() throws Exception {
		Path out = OUT.resolve("overdue");
		// cut-off 30/11: September is due on 14/11 (30/9 + 45 days), October only on 15/12
		assertThat(yearEnd(1, LocalDate.of(2026, 11, 30), out).getStatus()).isEqualTo(BatchStatus.COMPLETED);

		try (XWPFDocument document = document(out.resolve("bao-cao-kt1-2026.docx"))) {
			// September: 1820001 charged 16 x 12,500 + 2 x 46,500 (C) + 66,000 (A) + 53,501 (B) = 412,501, paid
			// 100,000; 3282493 paid its 37,500. October's unpaid 20,000 (2820101) and 17,500 (1820002) are not due.
			assertThat(text(document)).contains("Cước chưa thanh toán của các tháng đã quá hạn thanh toán (45 ngày sau "
					+ "khi hết tháng) tính đến ngày chốt số liệu 30/11/2026, tháng 09/2026: 312.501 đồng (1 lượt đơn vị "
					+ "- tháng). Tháng 10/2026 chưa đến hạn thanh toán tại ngày chốt số liệu, không tính là nợ quá hạn.");
		}
		try (XSSFWorkbook workbook = workbook(out.resolve("phu-luc-kt1-2026.xlsx"))) {
			Sheet exceptions = workbook.getSheet("Ngoại lệ");
			assertThat(count(exceptions, 0, "Thanh toán thiếu")).isEqualTo(1);
			assertThat(rowStarting(exceptions, "Thanh toán thiếu").getCell(5).getStringCellValue()).isEqualTo("1820001");
			assertThat(count(exceptions, 0, "Chưa thanh toán")).isZero();
		}

		Path later = OUT.resolve("overdue-later");
		assertThat(yearEnd(2, LocalDate.of(2026, 12, 31), later).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		try (XWPFDocument document = document(later.resolve("bao-cao-kt1-2026.docx"))) {
			// cut-off 31/12: October too, 312,501 + 20,000 + 17,500
			assertThat(text(document)).contains("tính đến ngày chốt số liệu 31/12/2026, tháng 09/2026, 10/2026: "
					+ "350.001 đồng (3 lượt đơn vị - tháng).");
		}
	}

	@Test
	void sendersOffTheListAndOutsideTheirValidityAreToldApart() throws Exception {
		Path out = OUT.resolve("senders");
		assertThat(yearEnd(3, LocalDate.of(2026, 11, 30), out).getStatus()).isEqualTo(BatchStatus.COMPLETED);

		try (XWPFDocument document = document(out.resolve("bao-cao-kt1-2026.docx"))) {
			// 9999999: one letter on 8/9 and one on 28/10; 1820003 (valid to 31/8): one letter on 14/9
			assertThat(text(document)).contains("2 bưu gửi của 1 đơn vị gửi không có trong danh sách Phụ lục II, "
					+ "1 bưu gửi của 1 đơn vị gửi có trong danh sách nhưng ngoài thời hạn hiệu lực.");
		}
		try (XSSFWorkbook workbook = workbook(out.resolve("phu-luc-kt1-2026.xlsx"))) {
			Sheet agencies = workbook.getSheet("Theo đơn vị");
			assertThat(onList(rowStarting(agencies, "9999999"))).isEqualTo("Không có trong danh sách");
			assertThat(onList(rowStarting(agencies, "1820003"))).isEqualTo("Ngoài thời hạn hiệu lực");
			assertThat(onList(rowStarting(agencies, "1820001"))).isEqualTo("Có");
		}
	}

	@Test
	void theYearEndReportInTheFormOfDecree30WithItsMeasuredSections() throws Exception {
		Path out = OUT.resolve("form");
		assertThat(yearEnd(4, LocalDate.of(2026, 11, 30), out).getStatus()).isEqualTo(BatchStatus.COMPLETED);

		try (XWPFDocument document = document(out.resolve("bao-cao-kt1-2026.docx"))) {
			assertPageNumbersFromPageTwo(document);
			assertThat(document.getTables().get(0).getRow(1).getCell(1).getText())
				.isEqualTo("Đồng Tháp, ngày … tháng … năm …");
			String text = text(document);
			assertThat(text).doesNotContain("liên tục, kể cả ngày nghỉ", "(Ký, ghi rõ họ tên")
				.contains("I. TÌNH HÌNH CHUNG", "II. SẢN LƯỢNG DỊCH VỤ", "III. CHẤT LƯỢNG VÀ TÍNH LIÊN TỤC CỦA DỊCH VỤ",
						"IV. AN NINH, AN TOÀN", "V. ĐỐI SOÁT, THANH TOÁN VÀ THỰC HIỆN DỰ TOÁN",
						"VI. PHƯƠNG HƯỚNG NĂM 2027", "VII. ĐỀ XUẤT, KIẾN NGHỊ")
				// September (see the sample's comments); October: working days only, in the daytime
				.contains("chấp nhận 2 bưu gửi vào thứ Bảy, 1 vào Chủ nhật, 1 vào ngày lễ, Tết, nghỉ bù và 3 vào ban đêm "
						+ "(22:00–06:00); phát 1 bưu gửi vào thứ Bảy, 1 vào Chủ nhật, 1 vào ngày lễ, Tết, nghỉ bù và 1 "
						+ "vào ban đêm.")
				// 870000 accepted on 18 of the 20 working days of September between 2/9 and 30/9, not on 15 and 16
				.contains("Có 2 ngày bưu cục thường xuyên chấp nhận bưu gửi", "ở 1 bưu cục: Bưu điện tỉnh Đồng Tháp (KT1) "
						+ "(870000): 2 ngày, 15/09/2026, 16/09/2026 (danh sách đầy đủ tại Phụ lục).")
				.contains("mật (C) 2 bưu gửi, thất lạc 1, chuyển hoàn 0; tối mật (B) 1 bưu gửi, thất lạc 0, chuyển hoàn "
						+ "1; tuyệt mật (A) 1 bưu gửi, thất lạc 1, chuyển hoàn 0.")
				.contains("sổ sự cố ghi nhận 3 sự cố (thất lạc 1, hư hỏng 1, chậm trễ 1), trong đó 1 sự cố liên quan "
						+ "đến bưu gửi độ mật A, B.", "Đã báo Công an tỉnh, đang xác minh hành trình");
			XWPFTable continuity = tableHeaded(document, "Loại ngày");
			assertThat(continuity.getRow(2).getCell(0).getText()).isEqualTo("Thứ Bảy");
			assertThat(continuity.getRow(2).getCell(2).getText()).isEqualTo(fromDatabase(
					"SELECT SUM(accepted) FROM reconcile_continuity WHERE day_kind = 'SATURDAY' AND run_id IN (%s)"));
			assertThat(continuity.getRow(5).getCell(3).getText()).isEqualTo(fromDatabase(
					"SELECT SUM(accepted_night) FROM reconcile_continuity WHERE run_id IN (%s)"));
			XWPFTable grades = tableHeaded(document, "Độ mật");
			assertThat(grades.getRow(1).getCell(1).getText()).isEqualTo(fromDatabase(
					"SELECT SUM(items) FROM reconcile_item_split WHERE secrecy = 'A' AND run_id IN (%s)"));
			assertThat(grades.getRow(3).getCell(2).getText()).isEqualTo(fromDatabase(
					"SELECT SUM(lost) FROM reconcile_item_split WHERE secrecy = 'C' AND run_id IN (%s)"));
			assertThat(tableHeaded(document, "Thời điểm").getRows()).hasSize(1 + 3);
			assertThat(signature(document)).containsExactly("GIÁM ĐỐC", "", "", "", "", "", "");
		}
		try (XSSFWorkbook workbook = workbook(out.resolve("phu-luc-kt1-2026.xlsx"))) {
			Sheet summary = workbook.getSheet("Tổng hợp");
			assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Phụ lục …");
			assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo("(Kèm theo Báo cáo số …/BC-BĐT "
					+ "ngày … tháng … năm … của Bưu điện tỉnh Đồng Tháp)");
			Sheet safety = workbook.getSheet("Liên tục, an ninh");
			assertThat(count(safety, 0, "870000")).isEqualTo(4 + 2);
			assertThat(count(safety, 4, "Thất lạc")).isEqualTo(1);
		}
	}

	@Test
	void theDepartmentsReportForAnyPeriod() throws Exception {
		Path out = OUT.resolve("department");
		JobExecution execution = department(100, out);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);

		try (XWPFDocument document = document(out.resolve("bao-cao-so-khcn-kt1-2026-09-2026-09.docx"))) {
			assertPageNumbersFromPageTwo(document);
			XWPFTable header = document.getTables().get(0);
			assertThat(header.getRow(0).getCell(0).getText()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP"
					+ "SỞ KHOA HỌC VÀ CÔNG NGHỆ");
			assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số:        /BC-SKHCN");
			String text = text(document);
			assertThat(text).contains("Kính gửi:\n- Ủy ban nhân dân tỉnh Đồng Tháp;\n- Bộ Khoa học và Công nghệ "
					+ "(Cục Bưu điện Trung ương).")
				.contains("Phụ lục …\nSỐ LIỆU CUNG ỨNG VÀ SỬ DỤNG DỊCH VỤ BƯU CHÍNH KT1\n(Kèm theo Báo cáo số …/BC-SKHCN "
						+ "ngày … tháng … năm … của Sở Khoa học và Công nghệ tỉnh Đồng Tháp)")
				// 24 letters of the sample and KT200000108VN accepted on 30/9 at 23:59
				.contains("Bưu điện đã chấp nhận 25 bưu gửi KT1")
				.contains("sổ sự cố ghi nhận 3 sự cố");
			XWPFTable months = tableHeaded(document, "Tháng");
			assertThat(months.getRow(1).getCell(1).getText()).isEqualTo("25");
			assertThat(months.getRow(1).getCell(2).getText()).isEqualTo("475.001");
			assertThat(tableHeaded(document, "Mã đơn vị", "Đơn vị").getRows()).extracting((row) -> row.getCell(0).getText())
				.containsExactly("Mã đơn vị", "1820003", "9999999");
			// on the list in September: 1820001, 1820002, 2820101, 3282493, 3282494 (1820003 left on 31/8)
			assertThat(text).contains("3. Cơ quan, đơn vị thuộc Phụ lục II chưa sử dụng dịch vụ KT1 (3)");
		}
	}

	@Test
	void theCommandsPrintTheRegisterAndWhereTheDepartmentsReportWent() {
		Path out = OUT.resolve("command");
		StringWriter printed = new StringWriter();
		StringWriter errors = new StringWriter();
		int exit = this.commandLine.execute(new PrintWriter(printed), new PrintWriter(errors), "report", "department",
				"--from", "2026-09", "--to", "2026-09", "--out", out.toString());

		assertThat(exit).as(errors.toString()).isZero();
		assertThat(printed.toString()).contains("(from=2026-09, to=2026-09): COMPLETED",
				"  báo cáo (Word): " + out.resolve("bao-cao-so-khcn-kt1-2026-09-2026-09.docx").toAbsolutePath());

		StringWriter listed = new StringWriter();
		assertThat(this.commandLine.execute(new PrintWriter(listed), new PrintWriter(errors), "incidents", "--from",
				"2026-09-20")).isZero();
		assertThat(listed.toString().lines()).hasSize(3)
			.first()
			.isEqualTo("2 incident(s)");
		assertThat(listed.toString()).contains(" 2026-09-20 16:00 870100 - C Hư hỏng: Túi bưu gửi bị ướt do mưa lớn "
				+ "trên đường vận chuyển | xử lý: Đã thay bao bì, phát đúng hạn | báo cáo: Sở KH&CN");

		StringWriter refused = new StringWriter();
		assertThat(this.commandLine.execute(new PrintWriter(listed), new PrintWriter(refused), "report", "department",
				"--from", "2026-01", "--to", "2026-09", "--out", OUT.resolve("refused").toString())).isEqualTo(1);
		assertThat(refused.toString()).contains("kt1: 8 month(s) never reconciled: 2026-01");
	}

	private String fromDatabase(String sql) {
		return VietnameseText.number(this.jdbc.queryForObject(String.format(sql,
				"SELECT id FROM reconcile_run WHERE current AND month BETWEEN '2026-01' AND '2026-11'"), Long.class));
	}

	private long run(String month) {
		return this.jdbc.queryForObject("SELECT id FROM reconcile_run WHERE month = ? AND current", Long.class, month);
	}

	/** @return a run's splits: post office, service, secrecy (none: left out), type, items, fees, lost, returned */
	private List<String> splits(long runId) {
		return this.jdbc.queryForList("SELECT CONCAT_WS(' ', post_office_code, urgency, NULLIF(secrecy, ''), item_type, "
				+ "items, fees_vnd, lost, returned) FROM reconcile_item_split WHERE run_id = ? "
				+ "ORDER BY post_office_code, urgency DESC, secrecy", String.class, runId);
	}

	/** @return the files a run counted, with their events of the month */
	private List<String> sources(long runId) {
		return this.jdbc.queryForList("SELECT CONCAT_WS(' ', f.file_name, s.events) FROM reconcile_source_file s "
				+ "JOIN input_file f ON f.id = s.file_id WHERE s.run_id = ? ORDER BY f.file_name", String.class, runId);
	}

	/** @return every cell of the workbook as shown, but the line saying when and by which execution it was made */
	private static List<String> cells(Path file) throws IOException {
		DataFormatter shown = new DataFormatter();
		List<String> cells = new ArrayList<>();
		try (XSSFWorkbook workbook = workbook(file)) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						String text = shown.formatCellValue(cell);
						if (!text.startsWith("Lập lúc")) {
							cells.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + text);
						}
					}
				}
			}
		}
		return cells;
	}

	private static void assertPageNumbersFromPageTwo(XWPFDocument document) {
		assertThat(document.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
		XWPFHeaderFooterPolicy policy = document.getHeaderFooterPolicy();
		assertThat(policy.getFirstPageHeader().getText()).isBlank();
		XWPFParagraph number = policy.getDefaultHeader().getParagraphs().get(0);
		assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
		assertThat(number.getCTP().getFldSimpleArray(0).getInstr()).contains("PAGE");
	}

	/** @return the lines of the signature block: the right cell of the last layout table */
	public static List<String> signature(XWPFDocument document) {
		XWPFTable footer = document.getTables()
			.stream()
			.filter((t) -> t.getRow(0).getCell(0).getText().startsWith("Nơi nhận:"))
			.findFirst()
			.orElseThrow();
		return footer.getRow(0).getCell(1).getParagraphs().stream().map(XWPFParagraph::getText).toList();
	}

	public static XWPFTable tableHeaded(XWPFDocument document, String... headers) {
		return document.getTables()
			.stream()
			.filter((t) -> t.getRow(0).getTableCells().size() >= headers.length)
			.filter((t) -> {
				for (int i = 0; i < headers.length; i++) {
					if (!t.getRow(0).getCell(i).getText().equals(headers[i])) {
						return false;
					}
				}
				return true;
			})
			.findFirst()
			.orElseThrow(() -> new AssertionError("no table headed " + List.of(headers)));
	}

	private static String onList(Row row) {
		return row.getCell(5).getStringCellValue();
	}

	private JobExecution department(long attempt, Path out) throws Exception {
		return this.jobOperator.start(this.departmentJob,
				new JobParametersBuilder().addString(DepartmentReportParameters.FROM, "2026-09")
					.addString(DepartmentReportParameters.TO, "2026-09")
					.addLong("attempt", attempt)
					.addString(DepartmentReportParameters.OUT_DIR, out.toString(), false)
					.toJobParameters());
	}

	private JobExecution yearEnd(long attempt, LocalDate cutoff, Path out) throws Exception {
		return this.jobOperator.start(this.reportJob,
				new JobParametersBuilder().addLong(YearEndReportParameters.YEAR, 2026L)
					.addLocalDate(YearEndReportParameters.CUTOFF, cutoff)
					.addLong("attempt", attempt)
					.addString(YearEndReportParameters.OUT_DIR, out.toString(), false)
					.addString(YearEndReportParameters.OVERRIDE_CHECKS, "chỉ tháng 9 và 10 được đối soát", false)
					.toJobParameters());
	}

	/** Copy the throughput, usage and spending files of a sample into the inbox. */
	private void deliver(Path sample) throws IOException {
		for (String kind : List.of("throughput", "usage", "spending")) {
			try (Stream<Path> files = Files.list(sample.resolve(kind))) {
				for (Path file : files.toList()) {
					Path target = this.properties.inbox().resolve(kind).resolve(file.getFileName());
					Files.createDirectories(target.getParent());
					IngestTestSupport.settled(Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING));
				}
			}
		}
	}

}
