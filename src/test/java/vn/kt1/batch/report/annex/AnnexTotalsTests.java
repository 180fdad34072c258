package vn.kt1.batch.report.annex;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnexTotalsTests {

	@TempDir
	Path dir;

	@Test
	void readsItemsAndFeesOfTheFirstTotalRowOfTheSummarySheetAsStoredNotAsFormatted() throws IOException {
		Path annex = this.dir.resolve("phu-luc-kt1-2025.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle grouped = workbook.createCellStyle();
			grouped.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			total(workbook.createSheet("Theo đơn vị"), 0, 1, 2, grouped);
			Sheet summary = workbook.createSheet("Tổng hợp");
			summary.createRow(0).createCell(0).setCellValue("SỐ LIỆU CUNG ỨNG VÀ SỬ DỤNG DỊCH VỤ BƯU CHÍNH KT1 NĂM 2025");
			Row month = summary.createRow(3);
			month.createCell(0).setCellValue("Tháng 01");
			month.createCell(1).setCellValue(873_210);
			total(summary, 4, 10_483_725, 401_651_634_819L, grouped);
			total(summary, 9, 7, 8, grouped);
			try (OutputStream out = Files.newOutputStream(annex)) {
				workbook.write(out);
			}
		}
		assertThat(AnnexTotals.read(annex)).isEqualTo(new AnnexTotals(10_483_725, 401_651_634_819L));
	}

	@Test
	void aWorkbookWithoutTheSummarySheetIsRefused() throws IOException {
		Path annex = this.dir.resolve("other.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(annex)) {
			workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("Cộng");
			workbook.write(out);
		}
		assertThatThrownBy(() -> AnnexTotals.read(annex)).hasMessageContaining("has no sheet Tổng hợp");
	}

	/** A row "Cộng" with items in column B and fees in column F, the columns between left blank. */
	private static void total(Sheet sheet, int index, long items, long fees, CellStyle style) {
		Row row = sheet.createRow(index);
		row.createCell(0).setCellValue("Cộng");
		row.createCell(1).setCellValue(items);
		row.getCell(1).setCellStyle(style);
		row.createCell(5).setCellValue(fees);
		row.getCell(5).setCellStyle(style);
	}

}
