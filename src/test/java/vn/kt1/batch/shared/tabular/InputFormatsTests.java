package vn.kt1.batch.shared.tabular;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every file format of the inbox (docs/inputs.md section 1): .xls read with the event API, and
 * every other kind of file refused with what it is and what to send instead.
 */
class InputFormatsTests {

	@TempDir
	Path dir;

	@Test
	void anExcel97WorkbookIsReadFromItsFirstSheetWithTitleRowsNumericCodesDatesAndFormulas() throws Exception {
		Path file = this.dir.resolve("sanluong.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Sản lượng");
			sheet.createRow(0).createCell(0).setCellValue("BÁO CÁO SẢN LƯỢNG");
			org.apache.poi.ss.usermodel.Row header = sheet.createRow(2);
			header.createCell(0).setCellValue("MÃ BƯU GỬI");
			header.createCell(1).setCellValue("Cước (VND)");
			header.createCell(2).setCellValue("ngay_phat");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
			org.apache.poi.ss.usermodel.Row first = sheet.createRow(3);
			first.createCell(0).setCellValue(3101881);
			first.createCell(1).setCellValue(12500);
			first.createCell(2).setCellValue(LocalDateTime.of(2026, 10, 5, 16, 30));
			first.getCell(2).setCellStyle(date);
			org.apache.poi.ss.usermodel.Row second = sheet.createRow(5);
			second.createCell(0).setCellFormula("\"KT\"&\"2\"");
			second.createCell(1).setCellValue(12500.5);
			second.createCell(2).setCellErrorValue(FormulaError.NA.getCode());
			workbook.createSheet("Khác").createRow(0).createCell(0).setCellValue("ma_buu_gui");
			workbook.setForceFormulaRecalculation(false);
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.write(out);
		}

		List<Row> rows = TabularReaderTests.rows(file);

		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).line()).isEqualTo(4);
		assertThat(rows.get(0).values()).containsExactly("3101881", "12500", "2026-10-05 16:30");
		assertThat(rows.get(0).dateCell()).containsExactly(false, false, true);
		assertThat(rows.get(0).numberCell()).containsExactly(true, true, false);
		assertThat(rows.get(1).line()).isEqualTo(6);
		assertThat(rows.get(1).values()).containsExactly("KT2", "12500.5", "#N/A");
		assertThat(rows.get(1).cellProblem(2)).isEqualTo("the cell holds the spreadsheet error #N/A");
	}

	@Test
	void anExcel97WorkbookRenamedXlsxIsRefusedSayingWhatItIs() throws Exception {
		Path file = this.dir.resolve("renamed.xlsx");
		write(new HSSFWorkbook(), file);

		assertRefused(file, "renamed.xlsx: an Excel 97-2003 workbook (.xls) renamed .xlsx: send it under its .xls "
				+ "name, or save it as .xlsx in Excel");
	}

	@Test
	void anXlsxWorkbookNamedXlsIsRefused() throws Exception {
		Path file = this.dir.resolve("renamed.xls");
		write(new XSSFWorkbook(), file);

		assertRefused(file, "renamed.xls: an Excel workbook (.xlsx) renamed .xls: send it under its .xlsx name");
	}

	@Test
	void aMacroEnabledWorkbookIsRefusedUnderEitherName() throws Exception {
		Path xlsm = this.dir.resolve("macros.xlsm");
		XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM);
		write(workbook, xlsm);
		Path renamed = Files.copy(xlsm, this.dir.resolve("macros.xlsx"));

		assertRefused(xlsm, "macros.xlsm: a macro-enabled workbook (.xlsm) is not accepted: save it as an Excel "
				+ "Workbook (.xlsx) and send that");
		assertRefused(renamed, "macros.xlsx: a macro-enabled workbook (.xlsm) renamed .xlsx: save it as an Excel "
				+ "Workbook (.xlsx) without macros and send that");
	}

	@Test
	void anOpenDocumentSpreadsheetIsRefusedUnderEitherName() throws Exception {
		Path ods = this.dir.resolve("bang.ods");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(ods))) {
			zip.putNextEntry(new ZipEntry("mimetype"));
			zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write("<office:document-content/>".getBytes(StandardCharsets.US_ASCII));
			zip.closeEntry();
		}
		Path renamed = Files.copy(ods, this.dir.resolve("bang.xlsx"));

		assertRefused(ods, "bang.ods: an OpenDocument spreadsheet (.ods) is not accepted: save it as .xlsx or CSV "
				+ "UTF-8 and send that");
		assertRefused(renamed, "bang.xlsx: an OpenDocument spreadsheet (.ods), not a .xlsx workbook: send the table "
				+ "as .xlsx, .xls or CSV UTF-8 (.csv)");
	}

	@Test
	void aPdfIsRefusedUnderAnyName() throws Exception {
		byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
		Path named = Files.write(this.dir.resolve("bao-cao.pdf"), pdf);
		Path renamed = Files.write(this.dir.resolve("bao-cao.csv"), pdf);

		assertRefused(named, "bao-cao.pdf: a PDF document holds no data to load: send the table as .xlsx, .xls or "
				+ "CSV UTF-8 (.csv)");
		assertRefused(renamed, "bao-cao.csv: a PDF document, not CSV text: send the table as .xlsx, .xls or CSV UTF-8 "
				+ "(.csv)");
	}

	@Test
	void aPasswordProtectedXlsxIsRefused() throws Exception {
		Path plain = this.dir.resolve("plain.xlsx");
		write(new XSSFWorkbook(), plain);
		Path file = this.dir.resolve("mat-khau.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("bi-mat");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				Files.copy(plain, out);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}

		assertRefused(file, "mat-khau.xlsx: a password-protected (encrypted) workbook: remove the password in Excel "
				+ "(File > Info > Protect Workbook > Encrypt with Password, leave it empty), save and send it again");
	}

	@Test
	void aPasswordProtectedXlsIsRefused() throws Exception {
		Path file = this.dir.resolve("mat-khau.xls");
		Biff8EncryptionKey.setCurrentUserPassword("bi-mat");
		try {
			HSSFWorkbook workbook = new HSSFWorkbook();
			workbook.createSheet("a").createRow(0).createCell(0).setCellValue("ma_buu_gui");
			write(workbook, file);
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}

		assertRefused(file, "mat-khau.xls: a password-protected (encrypted) workbook: remove the password in Excel "
				+ "(File > Info > Protect Workbook > Encrypt with Password, leave it empty), save and send it again");
	}

	@Test
	void aWebPageSavedAsXlsIsRefused() throws Exception {
		Path file = Files.writeString(this.dir.resolve("xuat.xls"), "<html><table><tr><td>ma_buu_gui</td></tr>");

		assertRefused(file, "xuat.xls: text, not an Excel workbook (perhaps a web page or a CSV file saved under a "
				+ ".xls name): save it as .xlsx in Excel, or send it as CSV UTF-8 named .csv");
	}

	@Test
	void aWorkbookNamedCsvIsRefused() throws Exception {
		Path file = this.dir.resolve("sanluong.csv");
		write(new XSSFWorkbook(), file);

		assertRefused(file, "sanluong.csv: an Excel workbook (.xlsx) renamed .csv: send it under its .xlsx name");
	}

	private static void write(Workbook workbook, Path file) throws Exception {
		try (workbook; OutputStream out = Files.newOutputStream(file)) {
			if (workbook.getNumberOfSheets() == 0) {
				workbook.createSheet("a").createRow(0).createCell(0).setCellValue("ma_buu_gui");
			}
			workbook.write(out);
		}
	}

	private static void assertRefused(Path file, String message) {
		assertThatExceptionOfType(TabularFormatException.class)
			.isThrownBy(() -> TabularReaderTests.rows(file))
			.withMessage(message);
	}

}
