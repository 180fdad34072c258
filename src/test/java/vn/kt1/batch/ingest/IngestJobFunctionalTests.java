package vn.kt1.batch.ingest;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.Kt1CommandLine;
import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.reference.ReferenceImportService;

import static org.assertj.core.api.Assertions.assertThat;

@Kt1IntegrationTest
class IngestJobFunctionalTests {

	@Autowired
	private JobOperator jobOperator;

	@Autowired
	@Qualifier("ingestJob")
	private Job ingestJob;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private IngestProperties properties;

	@Autowired
	private IngestFaults faults;

	@Autowired
	private Kt1CommandLine commandLine;

	@Autowired
	private JobRepository jobRepository;

	private JobOperatorTestUtils jobs;

	private int run;

	@BeforeEach
	void emptyDatabaseAndInbox() throws Exception {
		this.jobs = new JobOperatorTestUtils(this.jobOperator, this.jobRepository);
		this.jobs.setJob(this.ingestJob);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
	}

	@AfterEach
	void noFaults() {
		this.faults.clear();
	}

	@Test
	void loadsEveryKindOfFileWithItsVariations() throws Exception {
		IngestTestSupport.deliver("basic", this.properties);

		JobExecution execution = ingest(nextDay());

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList("SELECT CONCAT(file_name, ' ', rows_read, ' ', rows_loaded, ' ', "
				+ "rows_rejected) FROM input_file ORDER BY file_name", String.class))
			.containsExactly("baocao_2026-10.csv 3 3 0", "chungtu_2026-11.csv 2 2 0", "sanluong_2026-10-05.csv 4 4 0",
					"sanluong_2026-10-06.csv 3 3 0");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM input_file WHERE status = 'LOADED'", Integer.class))
			.isEqualTo(4);
		assertThat(count("item_event")).isEqualTo(7);
		assertThat(this.jdbc.queryForObject("SELECT SUM(fee) FROM (SELECT MAX(fee_vnd) fee FROM item_event "
				+ "GROUP BY barcode) items", Long.class))
			.isEqualTo(12_500 + 62_000 + 12_500 + 80_000);
		assertThat(this.jdbc.queryForMap("SELECT urgency, secrecy, item_type, due_at FROM item_event "
				+ "WHERE barcode = 'KT100000048VN'"))
			.containsEntry("urgency", "HG")
			.containsEntry("secrecy", "B")
			.containsEntry("item_type", "THU");
		assertThat(this.jdbc.queryForList("SELECT DISTINCT sender_eligible FROM item_event "
				+ "WHERE barcode = 'KT100000034VN'", Boolean.class))
			.containsExactly(false);
		assertThat(this.jdbc.queryForObject("SELECT SUM(amount_vnd) FROM usage_report WHERE current", Long.class))
			.isEqualTo(154_500);
		assertThat(this.jdbc.queryForObject("SELECT SUM(amount_vnd) FROM payment_voucher", Long.class))
			.isEqualTo(74_500);
		assertThat(this.properties.processed().resolve("throughput/sanluong_2026-10-06.csv")).exists();
		assertThat(this.properties.inbox().resolve("throughput/sanluong_2026-10-06.csv")).doesNotExist();
	}

	@Test
	void sameContentUnderAnotherNameIsSkippedAndReported() throws Exception {
		IngestTestSupport.deliver("basic", this.properties);
		ingest(nextDay());
		String before = tables();
		IngestTestSupport.settled(Files.copy(this.properties.processed().resolve("throughput/sanluong_2026-10-05.csv"),
				this.properties.inbox().resolve("throughput/resent-copy.csv")));

		JobExecution second = ingest(nextDay());

		assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(tables()).isEqualTo(before);
		Map<String, Object> duplicate = this.jdbc.queryForMap("SELECT status, reason FROM input_file "
				+ "WHERE file_name = 'resent-copy.csv'");
		assertThat(duplicate.get("status")).isEqualTo("DUPLICATE");
		assertThat((String) duplicate.get("reason")).contains("same content as file #").contains("sanluong_2026-10-05");
		assertThat(this.properties.failed().resolve("throughput/resent-copy.csv.reason.txt")).exists();
	}

	@Test
	void fileAboveTheRejectThresholdLoadsNothingAndSaysWhy() throws Exception {
		Path file = IngestTestSupport.deliver(this.properties, InputKind.THROUGHPUT, "bad.csv",
				"ma_buu_gui,ngay_chap_nhan,ma_buu_cuc,ma_don_vi_gui,ma_don_vi_nhan,dich_vu,loai,khoi_luong_g,"
						+ "cuoc_vnd,trang_thai\n"
						+ "KT100000017VN,2026-10-05 08:00,870000,1820001,3282493,KT1,THU,20,12500,CHAP_NHAN\n"
						+ "KT100000018VN,2026-10-05 08:00,870000,1820001,3282493,KT1,THU,20,12500,CHAP_NHAN\n"
						+ "KT100000025VN,31/02/2026,870000,1820001,3282493,KT1,THU,-5,12500,CHAP_NHAN\n");

		ingest(nextDay());

		Map<String, Object> registry = this.jdbc.queryForMap("SELECT status, rows_read, rows_loaded, rows_rejected, "
				+ "reason FROM input_file WHERE file_name = 'bad.csv'");
		assertThat(registry).containsEntry("status", "REFUSED").containsEntry("rows_read", 3).containsEntry("rows_loaded", 0)
			.containsEntry("rows_rejected", 2);
		assertThat((String) registry.get("reason")).contains("2 of 3 rows rejected").contains("nothing from this file");
		assertThat(count("item_event")).isZero();
		assertThat(this.jdbc.queryForList("SELECT CONCAT(line, ' ', column_code, ': ', reason) FROM input_reject "
				+ "ORDER BY line", String.class))
			.hasSize(2)
			.anySatisfy((r) -> assertThat(r).startsWith("3 ma_buu_gui: not a valid UPU S10 barcode"))
			.anySatisfy((r) -> assertThat(r).startsWith("4 ngay_chap_nhan: invalid date '31/02/2026'")
				.contains("; khoi_luong_g: weight must be more than 0 g"));
		assertThat(this.properties.failed().resolve("throughput/bad.csv")).exists();
		assertThat(Files.readString(this.properties.failed().resolve("throughput/bad.csv.reason.txt")))
			.contains("2 of 3 rows rejected");
		assertThat(file).doesNotExist();
	}

	@Test
	void rejectedRowsGoBackToTheSenderInTheTemplatesColumnsWithTheReason() throws Exception {
		IngestTestSupport.deliver(this.properties, InputKind.THROUGHPUT, "bad.csv",
				"Mã bưu gửi;Ngày chấp nhận;Mã bưu cục;Mã đơn vị gửi;Mã đơn vị nhận;Dịch vụ;Loại bưu gửi;Khối lượng (g);"
						+ "Cước (VND);Trạng thái\n"
						+ "KT100000018VN;2026-10-05 08:00;870000;1820001;3282493;KT1;THU;20;=1+2;CHAP_NHAN\n");
		ingest(nextDay());
		long fileId = this.jdbc.queryForObject("SELECT id FROM input_file WHERE file_name = 'bad.csv'", Long.class);
		Path out = this.properties.inbox().resolveSibling("rejects-" + fileId + ".xlsx");

		int exit = this.commandLine.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
				"rejects", Long.toString(fileId), "--out", out.toString());

		assertThat(exit).isZero();
		try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ma_buu_gui");
			assertThat(sheet.getRow(0).getCell(14).getStringCellValue()).isEqualTo("ly_do_tu_choi");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("KT100000018VN");
			assertThat(sheet.getRow(1).getCell(9).getCellType()).isEqualTo(CellType.STRING);
			assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("=1+2");
			assertThat(sheet.getRow(1).getCell(13).getNumericCellValue()).isEqualTo(2);
			assertThat(sheet.getRow(1).getCell(14).getStringCellValue())
				.startsWith("ma_buu_gui: not a valid UPU S10 barcode")
				.contains("cuoc_vnd: not an amount: '=1+2'");
		}
	}

	@Test
	void eachBadRowIsKeptWithItsOwnReasonAndTheRestOfTheFileLoads() throws Exception {
		StringBuilder csv = new StringBuilder("ma_buu_gui,ngay_chap_nhan,ma_buu_cuc,ma_don_vi_gui,ma_don_vi_nhan,"
				+ "dich_vu,loai,khoi_luong_g,cuoc_vnd,trang_thai,han_phat,ngay_phat\n");
		for (String barcode : goodBarcodes(60)) {
			csv.append(barcode).append(",2026-10-07 08:00,870000,1820001,3282493,KT1,THU,20,12500,CHAP_NHAN,,\n");
		}
		for (String barcode : goodBarcodes(40)) {
			csv.append(barcode).append(",2026-10-07 08:00,870000,1820001,3282493,KT1,THU,20,12500,DA_PHAT,,")
				.append("2026-10-08 09:00\n");
		}
		csv.append("KT100000017VN,2026-10-07 08:00,999999,1820001,3282493,KT1,THU,20,12500,CHAP_NHAN,,\n");
		csv.append(goodBarcodes().get(1)).append(",2026-10-07 08:00,870000,1820001,3282493,KT1,THU,20,12500,DA_PHAT,,")
			.append("2026-10-08 10:00\n");
		csv.append("KT100000025VN,2026-10-07 08:00,870000,1820001,3282493,KT1,THU,-20,12500,CHAP_NHAN,,\n");
		csv.append("KT100000034VN,2026-10-07 08:00,870000,1820001,3282493,HG,THU,20,12500,CHAP_NHAN,,\n");
		csv.append("KT100000048VN,2026-10-07 08:00,870000,1820001,3282493,KT1,THU,20,12500,DA_PHAT,,")
			.append("2026-10-06 08:00\n");
		IngestTestSupport.deliver(this.properties, InputKind.THROUGHPUT, "mixed.csv", csv.toString());

		ingest(nextDay());

		assertThat(this.jdbc.queryForObject("SELECT CONCAT(status, ' ', rows_read, ' ', rows_loaded, ' ', rows_rejected) "
				+ "FROM input_file", String.class))
			.isEqualTo("LOADED 105 100 5");
		assertThat(this.jdbc.queryForList("SELECT CONCAT(line, ' ', column_code, ': ', reason) FROM input_reject "
				+ "ORDER BY line", String.class))
			.containsExactly("102 ma_buu_cuc: unknown post office 999999",
					"103 trang_thai: status DA_PHAT: the item already has a final state in this file "
							+ "(its previous row: line 63)",
					"104 khoi_luong_g: weight must be more than 0 g, not -20",
					"105 han_phat: required for Hẹn giờ (HG): the delivery time agreed with the sender",
					"106 ngay_phat: delivery 2026-10-06T08:00 is before acceptance 2026-10-07T08:00");
	}

	@Test
	void aFailureAfterUsageAndSpendingRowsAreWrittenRollsTheirFileBack() throws Exception {
		IngestTestSupport.deliver("basic", this.properties);
		IngestTestSupport.deliver(this.properties, InputKind.USAGE, "baocao_2026-10_bosung.csv",
				"ma_don_vi,ky,dich_vu,so_luong,so_tien_vnd\n1820001,2026-10,KT1,2,25.000\n");
		this.faults.set((file, rows) -> {
			if (file.startsWith("baocao_2026-10_bosung") || file.startsWith("chungtu")) {
				throw new IllegalStateException("injected crash after " + rows + " rows of " + file);
			}
		});

		JobExecution failed = ingest(nextDay());

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(IngestTestSupport.filesNotWhole(this.jdbc)).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT status FROM input_file WHERE file_name = "
				+ "'baocao_2026-10_bosung.csv'", String.class))
			.isEqualTo("PENDING");
		assertThat(count("payment_voucher")).isZero();
		this.faults.set((file, rows) -> {
			if (file.startsWith("chungtu")) {
				throw new IllegalStateException("injected crash after " + rows + " rows of " + file);
			}
		});
		JobExecution failedAgain = this.jobOperator.restart(failed);
		assertThat(failedAgain.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(IngestTestSupport.filesNotWhole(this.jdbc)).isEmpty();
		assertThat(this.jdbc.queryForList("SELECT CONCAT(items, ' ', current) FROM usage_report "
				+ "WHERE agency_code = '1820001' ORDER BY id", String.class))
			.containsExactly("1 0", "2 1");
		assertThat(count("payment_voucher")).isZero();
		this.faults.clear();

		JobExecution restarted = this.jobOperator.restart(failedAgain);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList("SELECT CONCAT(items, ' ', current) FROM usage_report "
				+ "WHERE agency_code = '1820001' ORDER BY id", String.class))
			.containsExactly("1 0", "2 1");
		assertThat(this.jdbc.queryForObject("SELECT SUM(amount_vnd) FROM payment_voucher", Long.class))
			.isEqualTo(74_500);
	}

	@Test
	void restartAfterAFailureMidwayEndsWithTheTablesOfACleanRun() throws Exception {
		IngestTestSupport.deliver("basic", this.properties);
		ingest(nextDay());
		String clean = tables();
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		IngestTestSupport.deliver("basic", this.properties);
		this.faults.set((file, rows) -> {
			if (file.equals("sanluong_2026-10-06.csv")) {
				throw new IllegalStateException("injected crash while loading " + file);
			}
		});

		JobExecution failed = ingest(nextDay());

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(IngestTestSupport.filesNotWhole(this.jdbc)).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT status FROM input_file WHERE file_name = 'sanluong_2026-10-06.csv'",
				String.class))
			.isEqualTo("PENDING");
		this.faults.clear();

		JobExecution restarted = this.jobOperator.restart(failed);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
		assertThat(tables()).isEqualTo(clean);
	}

	@Test
	void stepBackAndChangedFieldsAcrossFilesAreRejectedAndTheStoredItemKept() throws Exception {
		IngestTestSupport.deliver("basic", this.properties);
		ingest(nextDay());
		StringBuilder csv = new StringBuilder("ma_buu_gui,ngay_chap_nhan,ma_buu_cuc,ma_don_vi_gui,ma_don_vi_nhan,"
				+ "dich_vu,loai,khoi_luong_g,cuoc_vnd,trang_thai,ngay_phat\n");
		csv.append("KT100000017VN,05/10/2026 08:15,870000,1820001,3282493,KT1,THU,20,12500,DANG_PHAT,\n");
		csv.append("KT100000034VN,2026-10-05 10:00,870000,9999999,1820001,KT1,THU,25,12500,DA_PHAT,2026-10-07 09:00\n");
		for (String barcode : goodBarcodes()) {
			csv.append(barcode).append(",2026-10-07 08:00,870000,1820001,3282493,KT1,THU,20,12500,CHAP_NHAN,\n");
		}
		IngestTestSupport.deliver(this.properties, InputKind.THROUGHPUT, "sanluong_2026-10-07.csv", csv.toString());

		ingest(nextDay());

		assertThat(this.jdbc.queryForObject("SELECT status FROM input_file WHERE file_name = 'sanluong_2026-10-07.csv'",
				String.class))
			.isEqualTo("LOADED");
		assertThat(this.jdbc.queryForList("SELECT CONCAT(line, ' ', column_code) FROM input_reject ORDER BY line",
				String.class))
			.containsExactly("2 trang_thai", "3 khoi_luong_g");
		assertThat(this.jdbc.queryForList("SELECT DISTINCT weight_g FROM item_event WHERE barcode = 'KT100000034VN'",
				Integer.class))
			.containsExactly(20);
	}

	@Test
	void resubmittedUsageReportReplacesTheCurrentOneAndKeepsHistory() throws Exception {
		IngestTestSupport.deliver("basic", this.properties);
		ingest(nextDay());
		IngestTestSupport.deliver(this.properties, InputKind.USAGE, "baocao_2026-10_bosung.csv",
				"ma_don_vi,ky,dich_vu,so_luong,so_tien_vnd\n1820001,2026-10,KT1,2,25.000\n");

		ingest(nextDay());

		assertThat(this.jdbc.queryForList("SELECT CONCAT(items, ' ', amount_vnd, ' ', current) FROM usage_report "
				+ "WHERE agency_code = '1820001' ORDER BY id", String.class))
			.containsExactly("1 12500 0", "2 25000 1");
		assertThat(this.jdbc.queryForObject("SELECT SUM(amount_vnd) FROM usage_report WHERE current", Long.class))
			.isEqualTo(154_500 - 12_500 + 25_000);
	}

	@Test
	void voucherSeenBeforeIsRejectedAsDuplicate() throws Exception {
		IngestTestSupport.deliver("basic", this.properties);
		ingest(nextDay());
		StringBuilder csv = new StringBuilder("so_chung_tu,ngay_chung_tu,ma_don_vi,ky_cuoc,tieu_muc,so_tien_vnd\n");
		csv.append("PC-001,2026-11-10,1820001,2026-10,6603,12.500\n");
		for (int i = 100; i < 130; i++) {
			csv.append("PC-").append(i).append(",2026-11-20,1820002,2026-10,6603,-1.000\n");
		}
		IngestTestSupport.deliver(this.properties, InputKind.SPENDING, "chungtu_2026-11b.csv", csv.toString());

		ingest(nextDay());

		assertThat(this.jdbc.queryForObject("SELECT reason FROM input_reject", String.class))
			.isEqualTo("duplicate voucher PC-001 of agency 1820001 (already loaded from chungtu_2026-11.csv line 2)");
		assertThat(this.jdbc.queryForObject("SELECT SUM(amount_vnd) FROM payment_voucher", Long.class))
			.isEqualTo(74_500 - 30_000);
	}

	private static List<String> goodBarcodes() {
		return goodBarcodes(40);
	}

	private static List<String> goodBarcodes(int count) {
		return java.util.stream.IntStream.range(0, count)
			.mapToObj((i) -> vn.kt1.batch.shared.S10.of("EK", 20_000_000 + i, "VN"))
			.toList();
	}

	private LocalDate nextDay() {
		return LocalDate.of(2026, 10, 7).plusDays(this.run++);
	}

	private JobExecution ingest(LocalDate businessDate) throws Exception {
		JobParameters parameters = new JobParametersBuilder().addLocalDate("businessDate", businessDate)
			.toJobParameters();
		return this.jobs.startJob(parameters);
	}

	private String tables() {
		return this.jdbc.queryForList("SELECT f.file_name, e.line, e.barcode, e.status, e.accepted_at, e.fee_vnd, "
				+ "e.delivered_at, e.sender_eligible FROM item_event e JOIN input_file f ON f.id = e.file_id "
				+ "ORDER BY f.file_name, e.line").toString()
				+ this.jdbc.queryForList("SELECT agency_code, period, urgency, items, amount_vnd, current "
						+ "FROM usage_report ORDER BY agency_code, period, urgency, id")
				+ this.jdbc.queryForList("SELECT voucher_no, agency_code, period, amount_vnd FROM payment_voucher "
						+ "ORDER BY agency_code, voucher_no")
				+ this.jdbc.queryForList("SELECT file_name, status, rows_read, rows_loaded, rows_rejected FROM input_file "
						+ "WHERE status <> 'DUPLICATE' ORDER BY file_name");
	}

	private int count(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
	}

}
