package vn.kt1.batch.shared.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SheetWriterTests {

	@TempDir
	Path dir;

	@Test
	void textThatLooksLikeAFormulaIsWrittenAsLiteralText() throws IOException {
		List<String> risky = List.of("=SUM(A1:A2)", "+84 123", "-5", "@cmd", "\tindented", "\rline");
		try (WorkbookWriter workbook = new WorkbookWriter()) {
			SheetWriter sheet = workbook.sheet("Đơn vị", List.of("Tiêu đề"), List.of(Column.text("Tên", 20)));
			risky.forEach(sheet::row);
			sheet.totalRow("=1+1");
			sheet.finish();
			workbook.save(this.dir.resolve("risky.xlsx"));
		}

		try (XSSFWorkbook read = read("risky.xlsx")) {
			Sheet sheet = read.getSheet("Đơn vị");
			for (int i = 0; i <= risky.size(); i++) {
				Cell cell = sheet.getRow(3 + i).getCell(0);
				assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
				assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
				assertThat(cell.getStringCellValue()).isEqualTo((i < risky.size()) ? risky.get(i) : "=1+1");
			}
			assertThat(read.getFontAt(sheet.getRow(3 + risky.size()).getCell(0).getCellStyle().getFontIndex()).getBold())
				.isTrue();
		}
	}

	@Test
	void severalTablesFollowEachOtherWithTheirCaptionsAndTheFilterOnTheLast() throws IOException {
		try (WorkbookWriter workbook = new WorkbookWriter()) {
			SheetWriter sheet = workbook.sheet("Tổng hợp", List.of("Tiêu đề", "Dòng hai"));
			sheet.table("1. Một", List.of(Column.text("Tháng", 8), Column.integer("Số"))).row("01/2026", 5L);
			assertThat(sheet.lastRow()).isEqualTo(5);
			sheet.note("Ghi chú");
			sheet.table("2. Hai", List.of(Column.text("Dịch vụ", 20), Column.money("Cước"), Column.percent("Tỷ lệ")))
				.row("Hỏa tốc", 56_500L, 0.25)
				.row("Thường", 12_500L, null);
			assertThat(sheet.rows()).isEqualTo(2);
			sheet.onePage().finish();
			workbook.save(this.dir.resolve("tables.xlsx"));
		}

		try (XSSFWorkbook read = read("tables.xlsx")) {
			Sheet sheet = read.getSheet("Tổng hợp");
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("1. Một");
			assertThat(sheet.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(5.0);
			assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Ghi chú");
			assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEqualTo("2. Hai");
			assertThat(sheet.getRow(10).getCell(1).getNumericCellValue()).isEqualTo(56_500.0);
			assertThat(sheet.getRow(10).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("[$-42A]0.0%");
			assertThat(sheet.getRow(11).getCell(2).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(sheet.getColumnWidth(0)).isEqualTo(20 * 256);
			assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
			assertThat(sheet.getPaneInformation()).isNull();
			assertThat(read.getSheetAt(0).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A10:C12");
		}
	}

	private XSSFWorkbook read(String name) throws IOException {
		try (InputStream in = Files.newInputStream(this.dir.resolve(name))) {
			return new XSSFWorkbook(in);
		}
	}

}
