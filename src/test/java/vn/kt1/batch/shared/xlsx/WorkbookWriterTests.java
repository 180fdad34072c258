package vn.kt1.batch.shared.xlsx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkbookWriterTests {

	@TempDir
	Path dir;

	@Test
	void typedRowsUnderAFrozenFilteredHeaderPrintedOnA4Landscape() throws Exception {
		Path out = this.dir.resolve("bang.xlsx");
		try (WorkbookWriter workbook = new WorkbookWriter()) {
			SheetWriter sheet = workbook.sheet("Bảng", List.of("TIÊU ĐỀ", "dòng phụ"),
					List.of(Column.text("Tên", 20), Column.money("Tiền (đ)"), Column.percent("Tỷ lệ"),
							Column.date("Ngày")));
			sheet.row("Sở Tài chính", 12_500L, 0.953, LocalDate.of(2026, 10, 5));
			sheet.totalRow("Tổng", 12_500L, null, null);
			sheet.finish();
			workbook.save(out);
		}
		try (XSSFWorkbook read = new XSSFWorkbook(out.toFile())) {
			XSSFSheet sheet = read.getSheet("Bảng");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("TIÊU ĐỀ");
			assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Tiền (đ)");
			Cell money = sheet.getRow(4).getCell(1);
			assertThat(money.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(money.getNumericCellValue()).isEqualTo(12_500);
			assertThat(money.getCellStyle().getDataFormatString()).isEqualTo("[$-42A]#,##0");
			assertThat(sheet.getRow(4).getCell(3).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2026, 10, 5));
			assertThat(sheet.getRow(5).getCell(2)).satisfiesAnyOf((cell) -> assertThat(cell).isNull(),
					(cell) -> assertThat(cell.getCellType()).isEqualTo(CellType.BLANK));
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A4:D6");
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
			assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("4:4");
		}
	}

	@Test
	void textThatLooksLikeAFormulaStaysText() throws Exception {
		Path out = this.dir.resolve("doc.xlsx");
		List<String> poisoned = List.of("=HYPERLINK(\"http://x\",\"bấm\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx");
		try (WorkbookWriter workbook = new WorkbookWriter()) {
			SheetWriter sheet = workbook.sheet("Tên", List.of(), List.of(Column.text("Tên đơn vị", 30)));
			poisoned.forEach(sheet::row);
			sheet.row("Sở Tài chính");
			sheet.finish();
			workbook.save(out);
		}
		try (XSSFWorkbook read = new XSSFWorkbook(out.toFile())) {
			XSSFSheet sheet = read.getSheet("Tên");
			for (int i = 0; i < poisoned.size(); i++) {
				Cell cell = sheet.getRow(1 + i).getCell(0);
				assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
				assertThat(cell.getStringCellValue()).isEqualTo(poisoned.get(i));
				assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
			}
			assertThat(sheet.getRow(1 + poisoned.size()).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
		}
	}

	@Test
	void aFailedWriteLeavesNoFile() throws Exception {
		Path out = this.dir.resolve("x.xlsx");
		try (WorkbookWriter workbook = new WorkbookWriter()) {
			SheetWriter sheet = workbook.sheet("A", List.of(), List.of(Column.integer("n")));
			assertThatThrownBy(() -> sheet.row(1, 2)).hasMessage("2 values for 1 columns");
		}
		assertThat(Files.exists(out)).isFalse();
		try (var files = Files.list(this.dir)) {
			assertThat(files).isEmpty();
		}
	}

}
