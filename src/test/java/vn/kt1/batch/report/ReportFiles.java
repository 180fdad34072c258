package vn.kt1.batch.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The year-end report's files read back in tests: opened, and their tables taken apart. */
final class ReportFiles {

	private ReportFiles() {
	}

	static XSSFWorkbook workbook(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	static XWPFDocument document(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XWPFDocument(in);
		}
	}

	/** @return the document's text, paragraphs and table cells on lines of their own */
	static String text(XWPFDocument document) throws IOException {
		try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	/** @return sheet "Theo đơn vị": agency code to its items, fees and payments */
	static Map<String, List<Long>> agencyRows(Sheet sheet) {
		Map<String, List<Long>> rows = new HashMap<>();
		for (Row row : sheet) {
			Cell code = row.getCell(0);
			if (row.getRowNum() > 4 && code != null && !code.getStringCellValue().equals("Cộng")) {
				rows.put(code.getStringCellValue(), List.of((long) row.getCell(6).getNumericCellValue(),
						(long) row.getCell(7).getNumericCellValue(), (long) row.getCell(11).getNumericCellValue()));
			}
		}
		return rows;
	}

	/** @return sheet "Đơn vị chưa sử dụng": the codes of its list (part 2), sorted */
	static List<String> unusedAgencies(Sheet sheet) {
		List<String> codes = new ArrayList<>();
		boolean list = false;
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (list && first != null && first.getCellType() == CellType.NUMERIC) {
				codes.add(row.getCell(1).getStringCellValue());
			}
			list = list || (first != null && first.getCellType() == CellType.STRING
					&& first.getStringCellValue().startsWith("2. Danh sách"));
		}
		return codes.stream().sorted().toList();
	}

}
