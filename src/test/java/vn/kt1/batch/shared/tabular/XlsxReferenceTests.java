package vn.kt1.batch.shared.tabular;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
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
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
			XSSFRichTextString rich = new XSSFRichTextString("Bưu cục Hà Nội");
			rich.applyFont(0, 7, workbook.createFont());
			row(sheet, 0, "BÁO CÁO SẢN LƯỢNG");
			row(sheet, 1, "Mã bưu gửi", "Cước (VND)", "ngay_phat");
			row(sheet, 2, "KT1", 12500.0, LocalDateTime.of(2026, 10, 5, 16, 30)).getCell(2).setCellStyle(date);
			row(sheet, 3, rich, 126.0);
			row(sheet, 5, "KT2", 12500.5);
			row(sheet, 6, "KT3").createCell(2).setCellErrorValue(FormulaError.NA.getCode());
			workbook.write(out);
		}
		return file;
	}

	private static org.apache.poi.ss.usermodel.Row row(Sheet sheet, int index, Object... values) {
		org.apache.poi.ss.usermodel.Row row = sheet.createRow(index);
		for (int c = 0; c < values.length; c++) {
			Cell cell = row.createCell(c);
			if (values[c] instanceof Double number) {
				cell.setCellValue(number);
			}
			else if (values[c] instanceof LocalDateTime time) {
				cell.setCellValue(time);
			}
			else if (values[c] instanceof XSSFRichTextString text) {
				cell.setCellValue(text);
			}
			else {
				cell.setCellValue(values[c].toString());
			}
		}
		return row;
	}

}
