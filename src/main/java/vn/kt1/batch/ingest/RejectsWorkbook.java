package vn.kt1.batch.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.kt1.batch.shared.tabular.Column;
import vn.kt1.batch.shared.tabular.Template;

/**
 * Writes a file's rejected rows back in the template's columns (headed by their codes, so
 * the corrected sheet can be sent again as it is), followed by the line and the reason.
 * Every value is written as text, never as a formula.
 */
public final class RejectsWorkbook {

	static final String LINE = "dong_goc";

	static final String REASON = "ly_do_tu_choi";

	private RejectsWorkbook() {
	}

	public static void write(Template template, List<RejectedRow> rows, Path out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); OutputStream stream = Files.newOutputStream(out)) {
			Sheet sheet = workbook.createSheet("Dòng bị từ chối");
			header(workbook, sheet, template);
			int r = 1;
			for (RejectedRow rejected : rows) {
				Row row = sheet.createRow(r++);
				String[] values = rejected.rawValues();
				for (int c = 0; c < template.columns().size(); c++) {
					if (c < values.length && values[c] != null) {
						row.createCell(c).setCellValue(RejectedRow.clip(values[c]));
					}
				}
				row.createCell(template.columns().size()).setCellValue(rejected.error().line());
				String column = (rejected.error().column() != null) ? rejected.error().column() + ": " : "";
				row.createCell(template.columns().size() + 1)
					.setCellValue(RejectedRow.clip(column + rejected.error().reason()));
			}
			sheet.createFreezePane(0, 1);
			workbook.write(stream);
			workbook.dispose();
		}
	}

	private static void header(SXSSFWorkbook workbook, Sheet sheet, Template template) {
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row header = sheet.createRow(0);
		List<Column> columns = template.columns();
		for (int c = 0; c < columns.size(); c++) {
			header.createCell(c).setCellValue(columns.get(c).code());
			header.getCell(c).setCellStyle(bold);
			sheet.setColumnWidth(c, 18 * 256);
		}
		header.createCell(columns.size()).setCellValue(LINE);
		header.createCell(columns.size() + 1).setCellValue(REASON);
		header.getCell(columns.size()).setCellStyle(bold);
		header.getCell(columns.size() + 1).setCellStyle(bold);
		sheet.setColumnWidth(columns.size() + 1, 80 * 256);
	}

}
