package vn.kt1.batch.ingest;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
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
import vn.kt1.batch.reference.ReferenceImportService;
import vn.kt1.batch.shared.S10;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file in the inbox gets a status: complete files are taken, files still being written
 * wait and are listed, each format is read or refused with what it is and what to send, and
 * a refused file's content may come back once the reason is gone.
 */
@Kt1IntegrationTest
class IngestInboxFunctionalTests {

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

	@Autowired
	private Kt1CommandLine commandLine;

	private JobOperatorTestUtils jobs;

	private LocalDate day = LocalDate.of(2026, 11, 1);

	@BeforeEach
	void emptyInbox() throws Exception {
		this.jobs = new JobOperatorTestUtils(this.jobOperator, this.jobRepository);
		this.jobs.setJob(this.ingestJob);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
	}

	@Test
	void aFileStillBeingWrittenWaitsIsListedAndIsTakenOnceQuiet() throws Exception {
		Path file = IngestTestSupport.deliver(this.properties, InputKind.THROUGHPUT, "sanluong_dang_gui.csv",
				IngestHostileFilesFunctionalTests.HEADER + row(1));
		Files.setLastModifiedTime(file, FileTime.from(Instant.now()));

		String printed = runIngestCommand();

		assertThat(count("input_file")).isZero();
		assertThat(this.jdbc.queryForObject("SELECT reason FROM inbox_waiting", String.class))
			.startsWith("changed 0 s ago: taken once unchanged for 60 s");
		assertThat(printed).contains("WAITING").contains("sanluong_dang_gui.csv");
		assertThat(file).exists();
		IngestTestSupport.settled(file);

		runIngestCommand();

		assertThat(this.jdbc.queryForObject("SELECT status FROM input_file", String.class)).isEqualTo("LOADED");
		assertThat(count("inbox_waiting")).isZero();
	}

	@Test
	void namesOfFilesStillBeingWrittenWaitWithTheirReason() throws Exception {
		for (String name : List.of(".sanluong.csv", "..sanluong.csv", "sanluong.csv.part", "sanluong.tmp",
				"sanluong.csv~")) {
			IngestTestSupport.deliver(this.properties, InputKind.THROUGHPUT, name,
					IngestHostileFilesFunctionalTests.HEADER + row(1));
		}
		Files.createDirectories(this.properties.inbox().resolve("throughput/.dang-tai-len"));
		IngestTestSupport.deliver(this.properties, InputKind.THROUGHPUT, ".dang-tai-len/sanluong.csv",
				IngestHostileFilesFunctionalTests.HEADER + row(1));

		ingest();

		assertThat(count("input_file")).isZero();
		assertThat(this.jdbc.queryForList("SELECT reason FROM inbox_waiting", String.class))
			.containsExactlyInAnyOrder(
					"the name starts with '.': a file still being written (or hidden); it is taken once renamed",
					"the name starts with '.': a file still being written (or hidden); it is taken once renamed",
					"the name ends in '~': a file still being written; it is taken once renamed",
					"the name ends in '.part': a file still being written; it is taken once renamed",
					"the name ends in '.tmp': a file still being written; it is taken once renamed");
	}

	@Test
	void everyFormatIsReadOrRefusedWithWhatItIsAndNothingStaysWithoutAStatus() throws Exception {
		Path throughput = Files.createDirectories(this.properties.inbox().resolve("throughput"));
		writeXls(throughput.resolve("sanluong_2003.xls"), 1);
		writeXls(throughput.resolve("sanluong_doi_ten.xlsx"), 3);
		try (XSSFWorkbook macro = new XSSFWorkbook(XSSFWorkbookType.XLSM);
				OutputStream out = Files.newOutputStream(throughput.resolve("sanluong.xlsm"))) {
			macro.createSheet("a");
			macro.write(out);
		}
		Files.writeString(throughput.resolve("sanluong.ods"), "PK");
		Files.write(throughput.resolve("bao-cao.pdf"), "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
		Files.writeString(throughput.resolve("ghi-chu.txt"), "gửi kèm");
		try (Stream<Path> files = Files.list(throughput)) {
			for (Path file : files.toList()) {
				IngestTestSupport.settled(file);
			}
		}

		ingest();

		assertThat(this.jdbc.queryForList("SELECT CONCAT(file_name, ' ', status, ' ', COALESCE(reason, '')) "
				+ "FROM input_file ORDER BY file_name COLLATE utf8mb4_bin", String.class))
			.containsExactly("bao-cao.pdf REFUSED bao-cao.pdf: a PDF document holds no data to load: send the table as "
					+ ".xlsx, .xls or CSV UTF-8 (.csv)",
					"ghi-chu.txt REFUSED ghi-chu.txt: a .txt file (text) is not an input format: send the table as .xlsx, "
							+ ".xls or CSV UTF-8 (.csv)",
					"sanluong.ods REFUSED sanluong.ods: an OpenDocument spreadsheet (.ods) is not accepted: save it as "
							+ ".xlsx or CSV UTF-8 and send that",
					"sanluong.xlsm REFUSED sanluong.xlsm: a macro-enabled workbook (.xlsm) is not accepted: save it as an "
							+ "Excel Workbook (.xlsx) and send that",
					"sanluong_2003.xls LOADED ",
					"sanluong_doi_ten.xlsx REFUSED sanluong_doi_ten.xlsx: an Excel 97-2003 workbook (.xls) renamed .xlsx: "
							+ "send it under its .xls name, or save it as .xlsx in Excel");
		assertThat(count("item_event")).isEqualTo(2);
		try (Stream<Path> left = Files.list(throughput)) {
			assertThat(left).isEmpty();
		}
	}

	@Test
	void aRefusedFileMayBeSentAgainUnchangedAndLoadsOnceItsReasonIsGone() throws Exception {
		String report = "ma_don_vi,ky,dich_vu,so_luong,so_tien_vnd\n1820009,2026-10,KT1,2,25.000\n";
		IngestTestSupport.deliver(this.properties, InputKind.USAGE, "baocao_don_vi_moi.csv", report);
		ingest();
		assertThat(this.jdbc.queryForObject("SELECT status FROM input_file", String.class)).isEqualTo("REFUSED");
		this.jdbc.update("INSERT INTO agency (code, name, level, category, province_code, import_id) "
				+ "SELECT '1820009', 'Đơn vị mới', 'TINH', 'UBND', '82', MAX(id) FROM reference_import");
		IngestTestSupport.deliver(this.properties, InputKind.USAGE, "baocao_don_vi_moi.csv", report);

		ingest();

		assertThat(this.jdbc.queryForList("SELECT status FROM input_file ORDER BY id", String.class))
			.containsExactly("REFUSED", "LOADED");
		assertThat(this.jdbc.queryForObject("SELECT SUM(amount_vnd) FROM usage_report WHERE current", Long.class))
			.isEqualTo(25_000);
	}

	private void writeXls(Path file, int first) throws Exception {
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Sản lượng");
			String[] header = IngestHostileFilesFunctionalTests.HEADER.strip().split(",");
			org.apache.poi.ss.usermodel.Row top = sheet.createRow(0);
			for (int c = 0; c < header.length; c++) {
				top.createCell(c).setCellValue(header[c]);
			}
			for (int r = 1; r <= 2; r++) {
				String[] values = row(first + r).strip().split(",");
				org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
				for (int c = 0; c < values.length; c++) {
					if (c == 3 || c == 8) {
						row.createCell(c).setCellValue(Double.parseDouble(values[c]));
					}
					else {
						row.createCell(c).setCellValue(values[c]);
					}
				}
			}
			workbook.write(out);
		}
	}

	private static String row(int n) {
		return S10.of("EW", 10_000_000 + n, "VN") + ",2026-10-20 08:00,870000,1820001,3282493,KT1,THU,20,12500,CHAP_NHAN\n";
	}

	private String runIngestCommand() {
		StringWriter out = new StringWriter();
		this.day = this.day.plusDays(1);
		int exit = this.commandLine.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "run", "ingest",
				"businessDate=" + this.day);
		assertThat(exit).isZero();
		return out.toString();
	}

	private void ingest() throws Exception {
		this.day = this.day.plusDays(1);
		assertThat(this.jobs.startJob(new JobParametersBuilder().addLocalDate("businessDate", this.day)
			.toJobParameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
	}

}
