package vn.kt1.batch.shared.tabular;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Today's XLSX reading gives what the reading of before gave (the benchmark's reference): the
 * same values, kinds and problems, row for row, on a workbook of shared strings as Excel
 * writes it.
 */
class XlsxReferenceTests {

	@TempDir
	Path dir;

	@AfterEach
	void today() {
		XlsxReference.use(false);
	}

	@Test
	void aWorkbookOfSharedStringsReadsTheSameBothWays() throws Exception {
		Path file = workbook();

		List<Row> today = TabularReaderTests.rows(file);
		XlsxReference.use(true);
		List<Row> before = TabularReaderTests.rows(file);

		assertThat(today).hasSize(4);
		assertThat(today.get(0).values()).containsExactly("KT1", "12500", "2026-10-05 16:30");
		assertThat(today.get(1).values()).containsExactly("Bưu cục Hà Nội", "126", null);
		assertThat(today.get(2).values()[1]).isEqualTo("12500.5");
		assertThat(today.get(3).cellProblem(2)).isEqualTo("the cell holds the spreadsheet error #N/A");
		assertThat(before).usingRecursiveFieldByFieldElementComparator().isEqualTo(today);
	}

	private Path workbook() throws Exception {
		Path file = this.dir.resolve("shared.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Sản lượng");
			sheet.createRow(0).createCell(0).setCellValue("BÁO CÁO SẢN LƯỢNG");
			org.apache.poi.ss.usermodel.Row header = sheet.createRow(1);
			header.createCell(0).setCellValue("Mã bưu gửi");
			header.createCell(1).setCellValue("Cước (VND)");
			header.createCell(2).setCellValue("ngay_phat");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
			org.apache.poi.ss.usermodel.Row first = sheet.createRow(2);
			first.createCell(0).setCellValue("KT1");
			first.createCell(1).setCellValue(12500);
			first.createCell(2).setCellValue(LocalDateTime.of(2026, 10, 5, 16, 30));
			first.getCell(2).setCellStyle(date);
			XSSFRichTextString rich = new XSSFRichTextString("Bưu cục Hà Nội");
			rich.applyFont(0, 7, workbook.createFont());
			org.apache.poi.ss.usermodel.Row second = sheet.createRow(3);
			second.createCell(0).setCellValue(rich);
			second.createCell(1).setCellValue(126.0);
			org.apache.poi.ss.usermodel.Row third = sheet.createRow(5);
			third.createCell(0).setCellValue("KT2");
			third.createCell(1).setCellValue(12500.5);
			org.apache.poi.ss.usermodel.Row fourth = sheet.createRow(6);
			fourth.createCell(0).setCellValue("KT3");
			fourth.createCell(2).setCellErrorValue(FormulaError.NA.getCode());
			workbook.write(out);
		}
		return file;
	}

}
