package vn.kt1.batch.shared.xlsx;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SheetLayoutTests {

	@TempDir
	Path dir;

	@Test
	void titlesMergedAcrossTheTableWrappedRowsTallEnoughPagesNumbered() throws Exception {
		Path out = this.dir.resolve("people.xlsx");
		try (WorkbookWriter workbook = new WorkbookWriter()) {
			SheetWriter sheet = workbook.sheet("Bảng", List.of("TIÊU ĐỀ", "Dòng phụ"),
					List.of(Column.text("Tên", 10), Column.money("Số tiền"), Column.text("Ghi chú", 10)));
			sheet.row("Một", 12_500L, "ngắn");
			sheet.row("Hai", 1L, "một ghi chú dài hơn một dòng của cột này rất nhiều");
			sheet.totalRow("Cộng", 12_501L, null);
			sheet.finish();
			workbook.save(out);
		}

		try (XSSFWorkbook read = new XSSFWorkbook(out.toFile())) {
			XSSFSheet sheet = read.getSheet("Bảng");
			assertThat(sheet.getMergedRegions()).containsExactlyInAnyOrder(new CellRangeAddress(0, 0, 0, 2),
					new CellRangeAddress(1, 1, 0, 2));
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Tên");
			assertThat(sheet.getRow(4).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(sheet.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(12_501);
			// 50 characters in a column of 10 (14 a line): 4 lines
			assertThat(sheet.getRow(5).getHeightInPoints()).isGreaterThan(3 * sheet.getRow(4).getHeightInPoints());
			assertThat(sheet.getFooter().getCenter()).isEqualTo("Trang &P / &N");
			assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("4:4");
			assertThat(((Sheet) sheet).getPrintSetup().getLandscape()).isTrue();
		}
	}

	@Test
	void linesOfWrappedText() {
		assertThat(SheetWriter.lines("ngắn", 10)).isEqualTo(1);
		assertThat(SheetWriter.lines("x".repeat(29), 10)).isEqualTo(3);
		assertThat(SheetWriter.lines("một\nhai", 10)).isEqualTo(2);
	}

}
