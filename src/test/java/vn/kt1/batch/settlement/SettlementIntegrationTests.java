package vn.kt1.batch.settlement;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.CommandLineCapture;
import vn.kt1.batch.Kt1CommandLine;
import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.budget.BudgetTestSupport;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.ingest.IngestTestSupport;
import vn.kt1.batch.reconcile.ReconcileTestSupport;
import vn.kt1.batch.reference.ReferenceImportService;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kt1.batch.shared.xlsx.SheetReading.rowStarting;
import static vn.kt1.batch.shared.xlsx.SheetReading.sheetNames;

/**
 * {@code kt1 settlement}: October 2026 of the basic fixture reconciled, its vouchers plus a
 * refund and a payment for a month not reconciled, an allocation for one agency; every figure
 * worked out by hand.
 */
@Kt1IntegrationTest
class SettlementIntegrationTests {

	@TempDir
	private Path dir;

	@Autowired
	private Kt1CommandLine commandLine;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private IngestProperties properties;

	private CommandLineCapture kt1;

	@BeforeEach
	void octoberReconciled() throws Exception {
		this.kt1 = new CommandLineCapture(this.commandLine);
		ReconcileTestSupport.clear(this.jdbc);
		BudgetTestSupport.clear(this.jdbc);
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		IngestTestSupport.deliverThroughput("sanluong_2026-10-05.csv", this.properties);
		IngestTestSupport.deliverThroughput("sanluong_2026-10-06.csv", this.properties);
		Path spending = Files.createDirectories(this.properties.inbox().resolve("spending"));
		Files.copy(Path.of("src/test/resources/ingest/basic/spending/chungtu_2026-11.csv"),
				spending.resolve("chungtu_2026-11.csv"));
		IngestTestSupport.settled(spending.resolve("chungtu_2026-11.csv"));
		IngestTestSupport.settled(Files.writeString(spending.resolve("chungtu-them.csv"),
				"so_chung_tu,ngay_chung_tu,ma_don_vi,ky_cuoc,tieu_muc,so_tien_vnd,noi_dung\n"
						+ "PC-020,2026-11-20,1820001,2026-10,6603,-2.500,Hoàn trả cước thu thừa\n"
						+ "PC-021,2026-10-02,1820002,2026-09,6603,50.000,Tạm ứng\n"));
		assertThat(this.kt1.run("run", "ingest", "businessDate=2026-11-30")).isZero();
		assertThat(this.kt1.run("run", "reconcile", "month=2026-10")).isZero();
		Path allocations = Files.writeString(this.dir.resolve("giao.csv"),
				"ma_don_vi,nam,tieu_muc,so_tien_vnd,so_quyet_dinh,ngay_quyet_dinh\n1820001,2026,6603,100.000,12/QĐ,2026-01-10\n");
		assertThat(this.kt1.run("budget", "import", "allocations", allocations.toString())).isZero();
	}

	@AfterEach
	void noBudgetLeft() {
		BudgetTestSupport.clear(this.jdbc);
	}

	@Test
	void oneWorkbookForAllAgenciesWithEveryFigureExplained() throws Exception {
		assertThat(this.kt1.run("settlement", "2026", "--all", "--out", this.dir.toString())).isZero();
		Path file = this.dir.resolve("quyet-toan-KT1-2026.xlsx");
		assertThat(this.kt1.out()).startsWith(file.toAbsolutePath() + "\n");

		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			assertThat(sheetNames(workbook)).containsExactly("Tổng hợp", "Theo tháng", "Chứng từ", "Dự toán được giao");
			Sheet summary = workbook.getSheet("Tổng hợp");
			Row allocated = rowStarting(summary, "1820001");
			assertThat(numbers(allocated, 4, 6, 7, 8, 9, 10, 11)).containsExactly(100_000L, 1L, 12_500L, 10_000L, 2_500L,
					2_500L, 90_000L);
			assertThat(allocated.getCell(5).getStringCellValue()).isEqualTo("Được giao");
			assertThat(allocated.getCell(12).getStringCellValue()).isEqualTo("thanh toán thiếu tháng 10; có hoàn trả "
					+ "tháng 10; chưa đối soát tháng 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12");
			Row matched = rowStarting(summary, "3282493");
			assertThat(numbers(matched, 6, 7, 8)).containsExactly(1L, 62_000L, 62_000L);
			assertThat(matched.getCell(4).getStringCellValue()).isEmpty();
			Row advance = rowStarting(summary, "1820002");
			// its October item (80,000) is unpaid; the 50,000 paid for September, a month not reconciled
			assertThat(numbers(advance, 6, 7, 8, 10)).containsExactly(1L, 80_000L, 50_000L, 30_000L);
			assertThat(advance.getCell(12).getStringCellValue())
				.isEqualTo("chưa thanh toán tháng 10; chưa đối soát tháng 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12");
			Row outsider = rowStarting(summary, "9999999");
			assertThat(numbers(outsider, 6, 7, 8)).containsExactly(1L, 12_500L, 0L);

			Sheet months = workbook.getSheet("Theo tháng");
			Row october = rowStarting(months, "1820001", "Văn phòng Tỉnh ủy Đồng Tháp", "10/2026");
			assertThat(october.getCell(3).getStringCellValue()).isEqualTo("Đã");
			assertThat(numbers(october, 5, 6, 7, 8)).containsExactly(12_500L, 10_000L, 2_500L, 2_500L);
			assertThat(october.getCell(9).getStringCellValue()).isEqualTo("Thanh toán thiếu; có hoàn trả");
			assertThat(rowStarting(months, "1820002", "Sở Tài chính tỉnh Đồng Tháp", "09/2026").getCell(9)
				.getStringCellValue()).isEqualTo("Tháng chưa đối soát");

			Row vouchers = rowStarting(workbook.getSheet("Chứng từ"), "Cộng");
			assertThat((long) vouchers.getCell(5).getNumericCellValue()).isEqualTo(this.jdbc.queryForObject(
					"SELECT SUM(amount_vnd) FROM payment_voucher WHERE period LIKE '2026-%'", Long.class));
			assertThat((long) rowStarting(workbook.getSheet("Dự toán được giao"), "1820001").getCell(4)
				.getNumericCellValue()).isEqualTo(100_000);
		}
	}

	@Test
	void oneAgencysStatementAndAnAgencyThatHasNothing() throws Exception {
		assertThat(this.kt1.run("settlement", "2026", "--agency", "1820001", "--out", this.dir.toString())).isZero();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				Files.newInputStream(this.dir.resolve("quyet-toan-KT1-2026-1820001.xlsx")))) {
			Sheet summary = workbook.getSheet("Tổng hợp");
			assertThat(summary.getRow(1).getCell(0).getStringCellValue())
				.isEqualTo("Đơn vị 1820001 – Văn phòng Tỉnh ủy Đồng Tháp");
			assertThat(rowStarting(summary, "Cộng").getCell(1).getStringCellValue()).isEqualTo("1 đơn vị");
			assertThat(workbook.getSheet("Theo tháng").getLastRowNum() - rowStarting(workbook.getSheet("Theo tháng"),
					"Mã đơn vị").getRowNum()).isEqualTo(12);
		}

		assertThat(this.kt1.run("settlement", "2026", "--agency", "0000000", "--out", this.dir.toString())).isEqualTo(1);
		assertThat(this.kt1.err()).isEqualTo("kt1: agency 0000000 is not on the agency list and has no fees, payments "
				+ "or budget in 2026\n");
		assertThat(this.kt1.run("settlement", "2026", "--out", this.dir.toString())).isEqualTo(2);
	}

	private static java.util.List<Long> numbers(Row row, int... columns) {
		return java.util.Arrays.stream(columns).mapToObj((c) -> (long) row.getCell(c).getNumericCellValue()).toList();
	}

}
