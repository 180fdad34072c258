package vn.kt1.batch.ingest;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

import vn.kt1.batch.Kt1CommandLine;
import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.reconcile.ReconcileTestSupport;
import vn.kt1.batch.reference.ReferenceImportService;
import vn.kt1.batch.shared.S10;
import vn.kt1.batch.shared.tabular.XlsxTestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Codes that only look the same, rows that do not fit their header, values no field may
 * hold, and what a resubmission and the rejects workbook keep (docs/inputs.md section 1).
 */
@Kt1IntegrationTest
class IngestFieldRulesFunctionalTests {

	private static final String HEADER = IngestHostileFilesFunctionalTests.HEADER;

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
	private JdbcTemplate jdbc;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private IngestProperties properties;

	@Autowired
	private Kt1CommandLine commandLine;

	private JobOperatorTestUtils jobs;

	private LocalDate day = LocalDate.of(2026, 11, 1);

	private int serial;

	@BeforeEach
	void emptyInbox() throws Exception {
		this.jobs = new JobOperatorTestUtils(this.jobOperator, this.jobRepository);
		this.jobs.setJob(this.ingestJob);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
		ReconcileTestSupport.clear(this.jdbc);
	}

	@Test
	void invisibleCharactersAroundACodeMakeNoNewSenderAndReconcileCompletes() throws Exception {
		StringBuilder csv = new StringBuilder(HEADER);
		csv.append(item("1820001\u200B")).append(item("1820001\u00A0")).append(item("\uFEFF1820001"));
		csv.append(item("9999999")).append(item("9999999\u200B")).append(item("ab-12")).append(item("AB-12 "));
		for (int i = 0; i < 30; i++) {
			csv.append(item("1820002"));
		}
		deliver(InputKind.THROUGHPUT, "sanluong.csv", csv.toString());

		ingest();

		assertThat(this.jdbc.queryForList("SELECT CONCAT(sender_code, ' ', sender_eligible, ' ', COUNT(*)) "
				+ "FROM item_event GROUP BY sender_code COLLATE utf8mb4_bin, sender_eligible ORDER BY 1", String.class))
			.containsExactly("1820001 1 3", "1820002 1 30", "9999999 0 2", "AB-12 0 2");
		this.jobs.setJob(this.reconcileJob);
		assertThat(this.jobs.startJob(new JobParametersBuilder().addString("month", "2026-10").toJobParameters())
			.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList("SELECT CONCAT(agency_code, ' ', po_items) FROM reconcile_agency "
				+ "WHERE po_items > 0 ORDER BY 1", String.class))
			.containsExactly("1820001 3", "1820002 30", "9999999 2", "AB-12 2");
	}

	@Test
	void otherScriptDigitsNulErrorValuesAndImplausibleDatesRejectTheirRowNamingTheField() throws Exception {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i < 200; i++) {
			csv.append(item("1820002"));
		}
		csv.append(item("１８２０００１"));
		csv.append(item("١٨٢٠٠٠١"));
		csv.append(item("1820001").replace(",THU,", ",TH\u0000U,"));
		csv.append(item("#N/A"));
		csv.append(item("1820001").replace("2026-10-20 08:00", "1900-01-01 08:00"));
		csv.append(item("1820001").replace("2026-10-20 08:00", "2100-01-01 08:00"));
		deliver(InputKind.THROUGHPUT, "sanluong.csv", csv.toString());

		ingest();

		assertThat(this.jdbc.queryForList("SELECT CONCAT(line, ' ', column_code, ': ', reason) FROM input_reject "
				+ "ORDER BY line", String.class))
			.containsExactly(
					"202 ma_don_vi_gui: the code '１８２０００１' has a character a code may not have: '１' (U+FF11 "
							+ "FULLWIDTH DIGIT ONE) (codes are ASCII letters, digits and - _ . /)",
					"203 ma_don_vi_gui: the code '١٨٢٠٠٠١' has a character a code may not have: '١' (U+0661 "
							+ "ARABIC-INDIC DIGIT ONE) (codes are ASCII letters, digits and - _ . /)",
					"204 loai: the value holds a control character (U+0000 NULL), which no field may have (a damaged "
							+ "file, or a copy from another program)",
					"205 ma_don_vi_gui: the cell holds the spreadsheet error #N/A, not a value",
					"206 ngay_chap_nhan: implausible date 1900-01-01: before 2000-01-01",
					"207 ngay_chap_nhan: implausible date 2100-01-01: after the day of the run ("
							+ LocalDate.now() + ") plus one day");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(DISTINCT sender_code) FROM item_event", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void aLargeFileSavedAgainByAnotherProgramLoadsNoRowTwiceAndStillJudgesItsChangedRows() throws Exception {
		StringBuilder first = new StringBuilder(HEADER);
		for (int i = 0; i < 12_000; i++) {
			first.append(item("1820001"));
		}
		deliver(InputKind.THROUGHPUT, "sanluong.csv", first.toString());
		ingest();
		// the same rows saved by another program (semicolons), one fee changed, one item new
		String[] rows = first.toString().split("\n");
		rows[5] = rows[5].replace(",12500,", ",13000,");
		String again = String.join("\n", rows).replace(',', ';') + "\n" + item("1820002").replace(',', ';');
		deliver(InputKind.THROUGHPUT, "sanluong_gui_lai.csv", again);

		ingest();

		assertThat(this.jdbc.queryForObject("SELECT CONCAT(status, ' ', rows_read, ' ', rows_loaded, ' ', rows_known, "
				+ "' ', rows_rejected) FROM input_file WHERE file_name = 'sanluong_gui_lai.csv'", String.class))
			.isEqualTo("LOADED 12001 1 11999 1");
		assertThat(this.jdbc.queryForObject("SELECT CONCAT(line, ' ', column_code) FROM input_reject", String.class))
			.isEqualTo("6 cuoc_vnd");
		assertThat(this.jdbc.queryForObject("SELECT CONCAT(COUNT(*), ' ', COUNT(DISTINCT barcode), ' ', SUM(fee_vnd)) "
				+ "FROM item_event", String.class))
			.isEqualTo("12001 12001 " + (12_001L * 12_500));
	}

	@Test
	void aRowWithAFieldTooManyIsRejectedNotReadAsTwelveDong() throws Exception {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i < 30; i++) {
			csv.append(item("1820001"));
		}
		csv.append(item("1820001").replace(",12500,", ",12,500,"));
		deliver(InputKind.THROUGHPUT, "sanluong.csv", csv.toString());

		ingest();

		assertThat(this.jdbc.queryForObject("SELECT CONCAT(line, ': ', reason) FROM input_reject", String.class))
			.isEqualTo("32: the row has 11 fields and the header 10: a delimiter too many or too few (rows are never "
					+ "re-aligned)");
		assertThat(this.jdbc.queryForList("SELECT DISTINCT fee_vnd FROM item_event", Long.class)).containsExactly(12_500L);
	}

	@Test
	void utf16TextLoadsAndAnUnclosedQuoteRefusesTheFileNamingItsLine() throws Exception {
		String rows = HEADER + item("1820001") + item("1820002");
		byte[] utf16 = rows.getBytes(StandardCharsets.UTF_16LE);
		byte[] withBom = new byte[utf16.length + 2];
		withBom[0] = (byte) 0xFF;
		withBom[1] = (byte) 0xFE;
		System.arraycopy(utf16, 0, withBom, 2, utf16.length);
		Path target = this.properties.inbox().resolve("throughput/sanluong_utf16.csv");
		Files.createDirectories(target.getParent());
		IngestTestSupport.settled(Files.write(target, withBom));
		StringBuilder quoted = new StringBuilder(HEADER).append(item("1820001")).append('"');
		for (int i = 0; i < 15; i++) {
			quoted.append(item("1820002"));
		}
		deliver(InputKind.THROUGHPUT, "sanluong_ngoac.csv", quoted.toString());

		ingest();

		assertThat(this.jdbc.queryForList("SELECT CONCAT(file_name, ' ', status, ' ', rows_loaded, ' ', "
				+ "COALESCE(reason, '')) FROM input_file ORDER BY file_name", String.class))
			.containsExactly("sanluong_ngoac.csv REFUSED 0 sanluong_ngoac.csv, line 3: a quote (\") opened on this line "
					+ "is never closed: the file is refused whole rather than read with the rest of it inside one field; "
					+ "close the quote and send it again", "sanluong_utf16.csv LOADED 2 ");
	}

	@Test
	void voucherNumbersThatDifferOnlyInCaseAccentsOrSpacesAreDuplicatesWithinAFileAndAgainstStoredOnes()
			throws Exception {
		StringBuilder first = new StringBuilder("so_chung_tu,ngay_chung_tu,ma_don_vi,ky_cuoc,tieu_muc,so_tien_vnd\n");
		first.append("UNC-01,2026-11-10,1820001,2026-10,6603,10.000\n");
		first.append("unc-01,2026-11-10,1820001,2026-10,6603,10.000\n");
		first.append("ÚNC-02,2026-11-10,1820001,2026-10,6603,10.000\n");
		first.append("UNC-02\u00A0,2026-11-10,1820001,2026-10,6603,10.000\n");
		for (int i = 0; i < 60; i++) {
			first.append("PC-").append(i).append(",2026-11-10,1820002,2026-10,6603,1.000\n");
		}
		deliver(InputKind.SPENDING, "chungtu_1.csv", first.toString());
		ingest();
		StringBuilder second = new StringBuilder("so_chung_tu,ngay_chung_tu,ma_don_vi,ky_cuoc,tieu_muc,so_tien_vnd\n");
		second.append("Unc-01 ,2026-11-12,1820001,2026-10,6603,10.000\n");
		second.append("unc-02,2026-11-12,1820001,2026-10,6603,10.000\n");
		for (int i = 100; i < 160; i++) {
			second.append("PC-").append(i).append(",2026-11-12,1820002,2026-10,6603,1.000\n");
		}
		deliver(InputKind.SPENDING, "chungtu_2.csv", second.toString());

		ingest();

		assertThat(this.jdbc.queryForList("SELECT CONCAT(file_name, ' ', status, ' ', rows_loaded, ' ', rows_rejected) "
				+ "FROM input_file ORDER BY file_name", String.class))
			.containsExactly("chungtu_1.csv LOADED 62 2", "chungtu_2.csv LOADED 60 2");
		assertThat(this.jdbc.queryForList("SELECT reason FROM input_reject ORDER BY id", String.class))
			.containsExactly("duplicate voucher unc-01 of agency 1820001 (already at line 2 of this file as 'UNC-01')",
					"duplicate voucher UNC-02 of agency 1820001 (already at line 4 of this file as 'ÚNC-02')",
					"duplicate voucher Unc-01 of agency 1820001 (already loaded as 'UNC-01' from chungtu_1.csv line 2)",
					"duplicate voucher unc-02 of agency 1820001 (already loaded as 'ÚNC-02' from chungtu_1.csv line 4)");
	}

	@Test
	void aResubmittedReportWithABadRowKeepsThatServicesEarlierFigure() throws Exception {
		StringBuilder report = new StringBuilder("ma_don_vi,ky,dich_vu,so_luong,so_tien_vnd\n");
		report.append("1820001,2026-10,KT1,4,50.000\n1820001,2026-10,HT,1,62.000\n");
		StringBuilder again = new StringBuilder("ma_don_vi,ky,dich_vu,so_luong,so_tien_vnd\n");
		again.append("1820001,2026-10,KT1,5,62.500\n1820001,2026-10,HT,một,62.000\n");
		for (int month = 1; month <= 9; month++) {
			String line = "1820002,0" + month + "/2026,KT1,1,12.500\n";
			report.append(line);
			again.append(line.replace(",1,12.500", ",2,25.000"));
		}
		for (String agency : new String[] { "2820101", "3282493", "3282494" }) {
			for (int month = 1; month <= 4; month++) {
				again.append(agency).append(",0").append(month).append("/2026,KT1,1,12.500\n");
			}
		}
		deliver(InputKind.USAGE, "baocao.csv", report.toString());
		ingest();
		deliver(InputKind.USAGE, "baocao_sua.csv", again.toString());
		IngestTestSupport.settled(this.properties.inbox().resolve("usage/baocao_sua.csv"));
		Files.setLastModifiedTime(this.properties.inbox().resolve("usage/baocao_sua.csv"),
				java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2026-12-01T00:00:00Z")));

		ingest();

		assertThat(this.jdbc.queryForList("SELECT CONCAT(urgency, ' ', items, ' ', amount_vnd, ' ', current) "
				+ "FROM usage_report WHERE agency_code = '1820001' ORDER BY id", String.class))
			.containsExactly("KT1 4 50000 0", "HT 1 62000 1", "KT1 5 62500 1");
	}

	@Test
	void theRejectsWorkbookHoldsAnyValueCutWithAMarkAndABadCellRejectsItsRowPlainly() throws Exception {
		String[] columns = HEADER.strip().split(",");
		StringBuilder sheet = new StringBuilder("<row r=\"1\">");
		for (int c = 0; c < columns.length; c++) {
			sheet.append(inline(c, 1, columns[c]));
		}
		sheet.append("</row>");
		for (int r = 2; r <= 31; r++) {
			String[] values = item("1820001").strip().split(",");
			sheet.append("<row r=\"").append(r).append("\">");
			for (int c = 0; c < values.length; c++) {
				sheet.append((c == 1 && r == 5) ? "<c r=\"B5\" s=\"0\" t=\"n\"><v>-3</v></c>"
						: inline(c, r, (c == 4 && r == 6) ? "x".repeat(40_000) : values[c]));
			}
			sheet.append("</row>");
		}
		Path file = this.properties.inbox().resolve("throughput/sanluong.xlsx");
		Files.createDirectories(file.getParent());
		IngestTestSupport.settled(XlsxTestFiles.write(file, sheet.toString()));
		ingest();
		long fileId = this.jdbc.queryForObject("SELECT id FROM input_file", Long.class);
		Path out = this.properties.inbox().resolveSibling("rejects.xlsx");

		int exit = this.commandLine.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
				"rejects", Long.toString(fileId), "--out", out.toString());

		assertThat(exit).isZero();
		assertThat(this.jdbc.queryForList("SELECT CONCAT(line, ' ', column_code) FROM input_reject ORDER BY line",
				String.class))
			.containsExactly("5 ngay_chap_nhan", "6 ma_don_vi_nhan");
		try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
			Sheet rejects = workbook.getSheetAt(0);
			String cut = rejects.getRow(2).getCell(4).getStringCellValue();
			assertThat(cut).hasSize(32_767).startsWith("xxxx").endsWith("…[cắt bớt: 40,000 ký tự]");
			assertThat(rejects.getRow(2).getCell(14).getStringCellValue())
				.startsWith("ma_don_vi_nhan: the cell holds more than 32767 characters");
		}
	}

	private static String inline(int column, int row, String text) {
		return "<c r=\"" + (char) ('A' + column) + row + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
	}

	private String item(String sender) {
		return S10.of("EF", 10_000_000 + this.serial++, "VN") + ",2026-10-20 08:00,870000," + sender
				+ ",3282493,KT1,THU,20,12500,CHAP_NHAN\n";
	}

	private void deliver(InputKind kind, String name, String content) throws Exception {
		IngestTestSupport.deliver(this.properties, kind, name, content);
	}

	private void ingest() throws Exception {
		this.day = this.day.plusDays(1);
		this.jobs.setJob(this.ingestJob);
		assertThat(this.jobs.startJob(new JobParametersBuilder().addLocalDate("businessDate", this.day)
			.toJobParameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

}
