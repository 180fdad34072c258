package vn.kt1.batch.reconcile.decision;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.ingest.IngestTestSupport;
import vn.kt1.batch.reconcile.ReconcileTestSupport;
import vn.kt1.batch.reference.ReferenceImportService;
import vn.kt1.batch.shared.xlsx.SheetReading;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kt1.batch.reconcile.decision.DecisionWorkbooks.AMOUNT;
import static vn.kt1.batch.reconcile.decision.DecisionWorkbooks.DECISION;
import static vn.kt1.batch.reconcile.decision.DecisionWorkbooks.MONTH;
import static vn.kt1.batch.reconcile.decision.DecisionWorkbooks.NOTE;

/**
 * The decisions workbook of the hand-made month of {@code jobs/reconcile/sample} (October
 * 2026): exported, edited as a person does in a spreadsheet program, imported; every bad
 * workbook refused with its reason and nothing stored; a re-run of the month keeps the
 * decisions whose rows did not change and lists the others.
 */
@Kt1IntegrationTest
class ExceptionDecisionsIntegrationTests {

	private static final String USER = System.getProperty("user.name");

	@Autowired
	private Kt1CommandLine commandLine;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	private JobOperator jobOperator;

	@Autowired
	@Qualifier("ingestJob")
	private Job ingestJob;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private IngestProperties properties;

	@TempDir
	Path dir;

	private CommandLineCapture kt1;

	@BeforeEach
	void loadTheMonth() throws Exception {
		this.kt1 = new CommandLineCapture(this.commandLine);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		ReconcileTestSupport.clear(this.jdbc);
		this.jdbc.update("DELETE FROM admin_audit");
		JobExecution ingest = ReconcileTestSupport.ingestHandMadeMonth(this.jdbc, this.reference, this.properties,
				this.jobOperator, this.ingestJob);
		assertThat(ingest.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void aWorkbookEditedAsPeopleDoGivesExactlyTheDecisionsMade() throws Exception {
		assertThat(this.kt1.run("run", "reconcile", "month=2026-10", "asOf=2026-12-31")).isZero();
		long run = currentRun();
		String reconciled = reconciled();
		Path exported = export("quyet-dinh.xlsx");
		assertThat(this.kt1.out()).endsWith("quyet-dinh.xlsx: decisions workbook of 2026-10 (run #" + run
				+ "), 11 rows to decide\n");
		assertThat(DecisionWorkbooks.rows(exported).keySet()).containsExactly("A:1820002", "A:2820101", "A:3282493",
				"A:3282494", "A:9999999", "E:INELIGIBLE_SENDER:KT200000085VN", "E:LATE:KT200000071VN",
				"E:LATE:KT200000099VN", "E:LOST:KT200000045VN", "E:RETURNED:KT200000054VN",
				"E:TARIFF_DEVIATION:KT200000068VN");
		assertThat(DecisionWorkbooks.rows(exported).get("E:TARIFF_DEVIATION:KT200000068VN")).containsEntry(MONTH,
				"2026-10").containsEntry("Mã đơn vị", "2820101").containsEntry("Cước bưu điện (đ)", "20000")
			.containsEntry("Cước theo biểu giá (đ)", "12500").containsEntry(DECISION, "");

		Path edited = DecisionWorkbooks.edit(exported, this.dir.resolve("quyet-dinh-da-sua.xlsx"), (sheet) -> sheet
			.reverseWithBlankRows()
			.set("A:1820002", DECISION, "DIEU_CHINH")
			.set("A:1820002", AMOUNT, "-12.500")
			.set("E:TARIFF_DEVIATION:KT200000068VN", DECISION, "điều chỉnh")
			.set("E:TARIFF_DEVIATION:KT200000068VN", AMOUNT, -7500)
			.set("E:TARIFF_DEVIATION:KT200000068VN", NOTE, "  Hoàn phần cước lệch ")
			.set("A:3282494", DECISION, "KHIEU_NAI")
			.formula("A:3282494", NOTE, "CONCATENATE(\"Báo cáo \",\"12.500 đ\",\" không có sản lượng\")")
			.date("A:3282494", MONTH, LocalDate.of(2026, 10, 1))
			.set("E:LATE:KT200000071VN", DECISION, "CHAP_NHAN"));
		assertThat(this.kt1.run("import", "decisions", edited.toString())).isZero();
		assertThat(this.kt1.out()).isEqualTo("quyet-dinh-da-sua.xlsx: tháng 2026-10 (lần đối soát #" + run
				+ "): 4 quyết định, 4 mới, 0 thay thế, 0 không đổi\n");
		assertThat(decisions()).containsExactly("A:1820002 1820002 DIEU_CHINH -12500 - " + USER,
				"A:3282494 3282494 KHIEU_NAI - Báo cáo 12.500 đ không có sản lượng " + USER,
				"E:LATE:KT200000071VN 3282493 CHAP_NHAN - - " + USER,
				"E:TARIFF_DEVIATION:KT200000068VN 2820101 DIEU_CHINH -7500 Hoàn phần cước lệch " + USER);
		assertThat(reconciled()).isEqualTo(reconciled);
		// the month's reconciliation workbook shows the adjustments beside the agency's figures
		Path settlement = this.dir.resolve("doi-soat.xlsx");
		assertThat(this.kt1.run("export", "reconciliation", "--month", "2026-10", "--out", settlement.toString()))
			.isZero();
		try (XSSFWorkbook workbook = new XSSFWorkbook(settlement.toFile())) {
			Sheet agencies = workbook.getSheet("Đối soát");
			assertThat(agencies.getRow(3).getCell(12).getStringCellValue()).isEqualTo("Điều chỉnh đã quyết định (đ)");
			assertThat(agencies.getRow(4).getCell(12).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(agencies.getRow(5).getCell(0).getStringCellValue()).isEqualTo("1820002");
			assertThat(agencies.getRow(5).getCell(12).getNumericCellValue()).isEqualTo(-12_500);
			assertThat(agencies.getRow(6).getCell(0).getStringCellValue()).isEqualTo("2820101");
			assertThat(agencies.getRow(6).getCell(12).getNumericCellValue()).isEqualTo(-7_500);
			assertThat(agencies.getRow(10).getCell(12).getNumericCellValue()).isEqualTo(-20_000);
		}
		// and so does the year's settlement of the agency, beside its fees and payments
		assertThat(this.kt1.run("settlement", "2026", "--agency", "1820002", "--out", this.dir.toString())).isZero();
		try (XSSFWorkbook workbook = new XSSFWorkbook(this.dir.resolve("quyet-toan-KT1-2026-1820002.xlsx").toFile())) {
			Row october = SheetReading.rowStarting(workbook.getSheet("Theo tháng"), "1820002",
					"Sở Tài chính tỉnh Đồng Tháp", "10/2026");
			assertThat(october.getCell(5).getNumericCellValue()).isEqualTo(37_500);
			assertThat(october.getCell(10).getNumericCellValue()).isEqualTo(-12_500);
			Row september = SheetReading.rowStarting(workbook.getSheet("Theo tháng"), "1820002",
					"Sở Tài chính tỉnh Đồng Tháp", "09/2026");
			assertThat(september.getCell(10).getCellType()).isEqualTo(CellType.BLANK);
			Sheet summary = workbook.getSheet("Tổng hợp");
			assertThat(SheetReading.rowStarting(summary, "1820002").getCell(13).getNumericCellValue()).isEqualTo(-12_500);
			assertThat(SheetReading.rowStarting(summary, "Cộng").getCell(13).getNumericCellValue()).isEqualTo(-12_500);
		}

		// the same workbook again changes nothing
		assertThat(this.kt1.run("import", "decisions", edited.toString())).isZero();
		assertThat(this.kt1.out()).endsWith(": 4 quyết định, 0 mới, 0 thay thế, 4 không đổi\n");
		assertThat(decisionsStored()).isEqualTo(4 + 2);

		// a new export shows the decisions; one changed replaces its row's, which is kept
		Path again = export("quyet-dinh-2.xlsx");
		assertThat(DecisionWorkbooks.rows(again).get("A:1820002")).containsEntry(DECISION, "DIEU_CHINH")
			.containsEntry(AMOUNT, "-12500");
		assertThat(DecisionWorkbooks.rows(again).get("A:3282494")).containsEntry(NOTE,
				"Báo cáo 12.500 đ không có sản lượng");
		Path changed = DecisionWorkbooks.edit(again, this.dir.resolve("quyet-dinh-2-sua.xlsx"),
				(sheet) -> sheet.set("E:LATE:KT200000071VN", DECISION, "KHIEU_NAI")
					.set("E:LATE:KT200000071VN", NOTE, "bưu cục giải trình"));
		assertThat(this.kt1.run("import", "decisions", changed.toString())).isZero();
		assertThat(this.kt1.out()).endsWith(": 4 quyết định, 0 mới, 1 thay thế, 3 không đổi\n");
		assertThat(decisions()).contains("E:LATE:KT200000071VN 3282493 KHIEU_NAI - bưu cục giải trình " + USER);
		assertThat(this.jdbc.queryForObject("SELECT CONCAT(decision, ' ', file_name, ' ', sheet_row) FROM "
				+ "exception_decision WHERE replaced_at IS NOT NULL", String.class))
			// reversed with a blank row after every second: the seventh of eleven rows is the fifth, on sheet row 12
			.isEqualTo("CHAP_NHAN quyet-dinh-da-sua.xlsx 12");

		assertThat(this.kt1.run("decisions", "--month", "2026-10")).isZero();
		List<String> lines = this.kt1.out().lines().toList();
		assertThat(lines).hasSize(6);
		assertThat(lines.get(1)).startsWith("A:1820002").contains(" DIEU_CHINH ", " -12,500 ", " APPLIES ", USER);
		assertThat(lines.get(5)).isEqualTo("2026-10: 4 decision(s) apply (2 adjustment(s), -20,000 VND; "
				+ "2 dispute(s)), 0 no longer match");
		assertThat(this.jdbc.queryForList("SELECT CONCAT(action, ' | ', target, ' | ', result) FROM admin_audit "
				+ "WHERE action LIKE 'import%' ORDER BY id", String.class)).containsExactly(
						"import decisions | quyet-dinh-da-sua.xlsx | tháng 2026-10 (lần đối soát #" + run
								+ "): 4 quyết định, 4 mới, 0 thay thế, 0 không đổi",
						"import decisions | quyet-dinh-da-sua.xlsx | tháng 2026-10 (lần đối soát #" + run
								+ "): 4 quyết định, 0 mới, 0 thay thế, 4 không đổi",
						"import decisions | quyet-dinh-2-sua.xlsx | tháng 2026-10 (lần đối soát #" + run
								+ "): 4 quyết định, 0 mới, 1 thay thế, 3 không đổi");
	}

	@Test
	void everyBadWorkbookIsRefusedWithItsReasonsAndNothingStored() throws Exception {
		assertThat(this.kt1.run("run", "reconcile", "month=2026-10", "asOf=2026-12-31")).isZero();
		long run = currentRun();
		Path exported = export("quyet-dinh.xlsx");
		Path bad = DecisionWorkbooks.edit(exported, this.dir.resolve("sai.xlsx"), (sheet) -> sheet
			.set("A:1820002", DECISION, "DIEU_CHINH")
			.set("A:2820101", DECISION, "CHAP_NHAN")
			.set("A:2820101", AMOUNT, 20000)
			.set("A:3282493", DECISION, "DUYET")
			.set("A:3282494", DECISION, "KHIEU_NAI")
			.set("A:3282494", MONTH, "2026-09")
			.set("A:9999999", DECISION, "CHAP_NHAN")
			.set("E:LATE:KT200000071VN", DECISION, "CHAP_NHAN")
			.set("E:LATE:KT200000071VN", DecisionWorkbooks.KEY, "A:1234567")
			.set("E:LATE:KT200000099VN", DECISION, "CHAP_NHAN")
			.set("E:LATE:KT200000099VN", DecisionWorkbooks.FINGERPRINT, "0123456789")
			.set("E:LOST:KT200000045VN", NOTE, "chờ bưu điện trả lời")
			.set("E:RETURNED:KT200000054VN", DECISION, "CHAP_NHAN")
			.set("E:RETURNED:KT200000054VN", DecisionWorkbooks.KEY, "A:9999999")
			.set("E:TARIFF_DEVIATION:KT200000068VN", DECISION, "DIEU_CHINH")
			.set("E:TARIFF_DEVIATION:KT200000068VN", AMOUNT, "7.500,5"));
		assertThat(this.kt1.run("import", "decisions", bad.toString())).isEqualTo(1);
		assertThat(this.kt1.err()).isEqualTo(String.join("\n",
				"sai.xlsx, line 6, column so_tien: điều chỉnh (DIEU_CHINH) cần số tiền điều chỉnh, âm nếu giảm",
				"sai.xlsx, line 7, column so_tien: chỉ điều chỉnh (DIEU_CHINH) có số tiền; CHAP_NHAN thì để trống",
				"sai.xlsx, line 8, column quyet_dinh: quyết định 'DUYET' không có; chọn CHAP_NHAN (chấp nhận), "
						+ "DIEU_CHINH (điều chỉnh, kèm số tiền) hoặc KHIEU_NAI (khiếu nại)",
				"sai.xlsx, line 9, column thang: dòng của tháng 2026-09, sổ này là của tháng 2026-10: mỗi tháng một sổ",
				"sai.xlsx, line 12, column ma_dong: mã dòng A:1234567 không có trong lần đối soát hiện tại #" + run
						+ " của tháng 2026-10 (dòng lạ, hoặc không còn sau khi đối soát lại): xuất lại sổ",
				"sai.xlsx, line 13, column dau_kiem: số liệu của dòng E:LATE:KT200000099VN đã thay đổi từ khi xuất sổ "
						+ "(tháng được đối soát lại, lần hiện tại #" + run + "): xuất lại sổ và quyết định trên số liệu mới",
				"sai.xlsx, line 14, column quyet_dinh: có số tiền hoặc ghi chú nhưng không có quyết định "
						+ "(CHAP_NHAN, DIEU_CHINH, KHIEU_NAI)",
				"sai.xlsx, line 15, column ma_dong: mã dòng A:9999999 đã có ở dòng 10: mỗi dòng một quyết định",
				"sai.xlsx, line 16, column so_tien: not an amount: '7.500,5'",
				"kt1: sổ quyết định bị từ chối, không ghi nhận gì: 9 lỗi, lỗi đầu: sai.xlsx, line 6, column so_tien: "
						+ "điều chỉnh (DIEU_CHINH) cần số tiền điều chỉnh, âm nếu giảm", ""));
		assertThat(decisionsStored()).isZero();

		Files.writeString(this.dir.resolve("van-ban.xlsx"), "ma_dong;quyet_dinh\nA:1820002;CHAP_NHAN\n");
		assertThat(this.kt1.run("import", "decisions", this.dir.resolve("van-ban.xlsx").toString())).isEqualTo(1);
		assertThat(this.kt1.err()).startsWith("van-ban.xlsx: text, not an Excel workbook (perhaps a web page or a CSV "
				+ "file saved under a .xlsx name)");
		Files.writeString(this.dir.resolve("quyet-dinh.csv"), "ma_dong;quyet_dinh\nA:1820002;CHAP_NHAN\n");
		assertThat(this.kt1.run("import", "decisions", this.dir.resolve("quyet-dinh.csv").toString())).isEqualTo(1);
		assertThat(this.kt1.err()).startsWith("quyet-dinh.csv: sổ quyết định là tệp .xlsx do kt1 export exceptions "
				+ "ghi, sửa và lưu lại dưới dạng .xlsx\n");
		assertThat(this.kt1.run("export", "reconciliation", "--month", "2026-10", "--out",
				this.dir.resolve("doi-soat.xlsx").toString())).isZero();
		assertThat(this.kt1.run("import", "decisions", this.dir.resolve("doi-soat.xlsx").toString())).isEqualTo(1);
		assertThat(this.kt1.err()).startsWith("doi-soat.xlsx: no header row found in the first 11 rows (expected "
				+ "columns such as ma_dong (Mã dòng))\n");
		assertThat(this.kt1.run("import", "decisions", exported.toString())).isEqualTo(1);
		assertThat(this.kt1.err()).startsWith("quyet-dinh.xlsx: không có quyết định nào trong tệp (cột Quyết định "
				+ "trống)\n");
		Path ok = DecisionWorkbooks.edit(exported, this.dir.resolve("dung.xlsx"),
				(sheet) -> sheet.set("A:9999999", DECISION, "CHAP_NHAN"));
		assertThat(this.kt1.run("import", "decisions", ok.toString(), "--month", "2026-11")).isEqualTo(1);
		assertThat(this.kt1.err()).startsWith("dung.xlsx: tháng 2026-11 chưa có lần đối soát hoàn thành\n");
		assertThat(decisionsStored()).isZero();

		// sixty bad rows: the first fifty are listed, then how many more
		Path many = this.dir.resolve("nhieu-loi.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Quyết định");
			String[] header = { "Mã dòng", "Tháng", "Dấu kiểm", "Quyết định", "Số tiền điều chỉnh (đ)", "Ghi chú" };
			Row headings = sheet.createRow(0);
			for (int c = 0; c < header.length; c++) {
				headings.createCell(c).setCellValue(header[c]);
			}
			for (int r = 1; r <= 60; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue("A:1820002");
				row.createCell(1).setCellValue("2026-10");
				row.createCell(2).setCellValue("0123456789");
				row.createCell(3).setCellValue("OK");
			}
			try (var out = Files.newOutputStream(many)) {
				workbook.write(out);
			}
		}
		assertThat(this.kt1.run("import", "decisions", many.toString())).isEqualTo(1);
		List<String> errors = this.kt1.err().lines().toList();
		assertThat(errors).hasSize(52);
		assertThat(errors.get(0)).startsWith("nhieu-loi.xlsx, line 2, column quyet_dinh: quyết định 'OK' không có");
		assertThat(errors.get(49)).startsWith("nhieu-loi.xlsx, line 51, column quyet_dinh: ");
		assertThat(errors.get(50)).isEqualTo("… và 10 lỗi khác");
		assertThat(errors.get(51)).startsWith("kt1: sổ quyết định bị từ chối, không ghi nhận gì: 60 lỗi, lỗi đầu: ");
		assertThat(decisionsStored()).isZero();
		assertThat(this.jdbc.queryForList("SELECT result FROM admin_audit WHERE action = 'import decisions'",
				String.class)).hasSize(7).allMatch((result) -> result.startsWith("refused: sổ quyết định bị từ chối"));
	}

	@Test
	void aRerunKeepsTheDecisionsWhoseRowsAreUnchangedAndListsTheOthers() throws Exception {
		// before the grace period: payments are not judged yet
		assertThat(this.kt1.run("run", "reconcile", "month=2026-10", "asOf=2026-11-20")).isZero();
		long first = currentRun();
		Path exported = export("quyet-dinh.xlsx");
		Path decided = DecisionWorkbooks.edit(exported, this.dir.resolve("quyet-dinh-sua.xlsx"), (sheet) -> sheet
			.set("A:2820101", DECISION, "KHIEU_NAI")
			.set("A:2820101", NOTE, "đề nghị tòa án báo cáo lại")
			.set("A:3282494", DECISION, "CHAP_NHAN")
			.set("E:TARIFF_DEVIATION:KT200000068VN", DECISION, "DIEU_CHINH")
			.set("E:TARIFF_DEVIATION:KT200000068VN", AMOUNT, "-7.500"));
		assertThat(this.kt1.run("import", "decisions", decided.toString())).isZero();

		// past the grace period the payments are judged: 2820101 is now also unpaid, its row changed
		assertThat(this.kt1.run("run", "reconcile", "month=2026-10", "asOf=2026-12-31", "--rerun", "--reason",
				"thanh toán đến hạn đánh giá")).isZero();
		long second = currentRun();
		assertThat(second).isNotEqualTo(first);
		assertThat(this.kt1.out()).contains("\n  decisions 2026-10: 2 decision(s) apply (1 adjustment(s), -7,500 VND; "
				+ "0 dispute(s)), 1 no longer match (re-export with kt1 export exceptions --month 2026-10 and decide "
				+ "again)\n");
		assertThat(this.kt1.run("decisions", "--month", "2026-10")).isZero();
		assertThat(this.kt1.out().lines().skip(1).map((line) -> line.replaceAll(" +", " "))).hasSize(4)
			.anyMatch((line) -> line.startsWith("A:2820101 KHIEU_NAI - NO_LONGER_MATCHES " + USER))
			.anyMatch((line) -> line.startsWith("A:3282494 CHAP_NHAN - APPLIES " + USER))
			.anyMatch((line) -> line.startsWith("E:TARIFF_DEVIATION:KT200000068VN DIEU_CHINH -7,500 APPLIES " + USER));

		// the workbook decided before the re-run is refused for the changed row, and stores nothing
		int stored = decisionsStored();
		assertThat(this.kt1.run("import", "decisions", decided.toString())).isEqualTo(1);
		assertThat(this.kt1.err()).startsWith("quyet-dinh-sua.xlsx, line 7, column dau_kiem: số liệu của dòng "
				+ "A:2820101 đã thay đổi từ khi xuất sổ (tháng được đối soát lại, lần hiện tại #" + second + "): "
				+ "xuất lại sổ và quyết định trên số liệu mới\nkt1: ");
		assertThat(decisionsStored()).isEqualTo(stored);

		// a new export shows the decisions that apply, and leaves the changed row to decide again
		Path again = export("quyet-dinh-moi.xlsx");
		assertThat(DecisionWorkbooks.rows(again).get("A:2820101")).containsEntry(DECISION, "").containsEntry(NOTE, "");
		assertThat(DecisionWorkbooks.rows(again).get("A:3282494")).containsEntry(DECISION, "CHAP_NHAN");
	}

	/**
	 * The workbook edited, then saved by LibreOffice itself (shared strings, its own styles, the
	 * formula's value computed by it): the keys survive and the decisions are the same. Needs
	 * {@code soffice} on the path; skipped where it is not installed.
	 */
	@Test
	void aWorkbookSavedByLibreOfficeGivesTheDecisionsMade() throws Exception {
		Path soffice = Stream.of("/usr/bin/soffice", "/usr/local/bin/soffice").map(Path::of).filter(Files::isExecutable)
			.findFirst().orElse(null);
		Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
		assertThat(this.kt1.run("run", "reconcile", "month=2026-10", "asOf=2026-12-31")).isZero();
		Path edited = DecisionWorkbooks.edit(export("quyet-dinh.xlsx"), this.dir.resolve("sua.xlsx"), (sheet) -> sheet
			.reverseWithBlankRows()
			.set("A:3282493", DECISION, "Điều chỉnh")
			.set("A:3282493", AMOUNT, "-3.500")
			.formula("A:3282493", NOTE, "\"Hoàn \"&TEXT(3500,\"#,##0\")&\" đ thu thừa\""));
		Path saved = Files.createDirectories(this.dir.resolve("libreoffice"));
		Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + this.dir.resolve("profile")
			.toUri(), "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", saved.toString(),
				edited.toString()).redirectErrorStream(true).start();
		String log = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor()).as(log).isZero();
		assertThat(saved.resolve("sua.xlsx")).as(log).exists();

		assertThat(this.kt1.run("import", "decisions", saved.resolve("sua.xlsx").toString())).as(this.kt1.err()).isZero();
		assertThat(decisions()).containsExactly("A:3282493 3282493 DIEU_CHINH -3500 Hoàn 3,500 đ thu thừa " + USER);
	}

	private Path export(String name) {
		Path file = this.dir.resolve(name);
		assertThat(this.kt1.run("export", "exceptions", "--month", "2026-10", "--out", file.toString())).isZero();
		return file;
	}

	private long currentRun() {
		return this.jdbc.queryForObject("SELECT id FROM reconcile_run WHERE month = '2026-10' AND current", Long.class);
	}

	/** @return the loaded data and the month's current run, to show that decisions leave them alone */
	private String reconciled() {
		return IngestTestSupport.tables(this.jdbc) + this.jdbc.queryForList("SELECT a.* FROM reconcile_agency a JOIN reconcile_run r ON r.id = a.run_id "
				+ "WHERE r.current ORDER BY agency_code").toString()
				+ this.jdbc.queryForList("SELECT e.* FROM reconcile_exception e JOIN reconcile_run r ON r.id = e.run_id "
						+ "WHERE r.current ORDER BY id");
	}

	/** @return the standing decisions: key, agency, decision, amount, note, who */
	private List<String> decisions() {
		return this.jdbc.queryForList("SELECT CONCAT_WS(' ', d.row_key, d.agency_code, d.decision, "
				+ "COALESCE(a.amount_vnd, '-'), COALESCE(d.note, '-'), d.decided_by) FROM exception_decision d "
				+ "LEFT JOIN settlement_adjustment a ON a.decision_id = d.id WHERE d.replaced_at IS NULL "
				+ "ORDER BY d.row_key", String.class);
	}

	private int decisionsStored() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM exception_decision", Integer.class)
				+ this.jdbc.queryForObject("SELECT COUNT(*) FROM settlement_adjustment", Integer.class);
	}

}
