package vn.kt1.batch.reconcile.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads and edits decisions workbooks with POI as a person would with a spreadsheet program:
 * rows by key, cells set by column heading, rows reordered, blank rows inserted, formulas
 * evaluated before saving (as a spreadsheet program saves their values).
 */
public final class DecisionWorkbooks {

	public static final String KEY = "Mã dòng", MONTH = "Tháng", FINGERPRINT = "Dấu kiểm", DECISION = "Quyết định",
			AMOUNT = "Số tiền điều chỉnh (đ)", NOTE = "Ghi chú";

	private DecisionWorkbooks() {
	}

	/** @return the data rows by key: heading to the cell's text as shown */
	public static Map<String, Map<String, String>> rows(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			int header = headerRow(sheet);
			List<String> headings = texts(sheet.getRow(header));
			Map<String, Map<String, String>> rows = new LinkedHashMap<>();
			for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
				List<String> cells = texts(sheet.getRow(r));
				if (cells.isEmpty() || cells.get(0).isEmpty()) {
					continue;
				}
				Map<String, String> row = new LinkedHashMap<>();
				for (int c = 0; c < headings.size(); c++) {
					row.put(headings.get(c), (c < cells.size()) ? cells.get(c) : "");
				}
				rows.put(cells.get(0), row);
			}
			return rows;
		}
	}

	/** Edit the workbook's sheet and save it under another name, formulas evaluated. */
	public static Path edit(Path in, Path out, Consumer<Editor> edits) throws IOException {
		try (InputStream stream = Files.newInputStream(in); XSSFWorkbook workbook = new XSSFWorkbook(stream)) {
			edits.accept(new Editor(workbook.getSheetAt(0)));
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			try (OutputStream target = Files.newOutputStream(out)) {
				workbook.write(target);
			}
		}
		return out;
	}

	static int headerRow(XSSFSheet sheet) {
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row != null && row.getCell(0) != null && KEY.equals(row.getCell(0).toString())) {
				return r;
			}
		}
		throw new IllegalStateException("no header row");
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		if (row == null) {
			return texts;
		}
		DataFormatter formatter = new DataFormatter();
		for (int c = 0; c < row.getLastCellNum(); c++) {
			Cell cell = row.getCell(c);
			texts.add((cell == null) ? "" : (cell.getCellType() == CellType.NUMERIC)
					? String.valueOf((long) cell.getNumericCellValue()) : formatter.formatCellValue(cell));
		}
		return texts;
	}

	/** What a person does to the sheet. */
	public static final class Editor {

		private final XSSFSheet sheet;

		private final int header;

		private final List<String> headings;

		Editor(XSSFSheet sheet) {
			this.sheet = sheet;
			this.header = headerRow(sheet);
			this.headings = texts(sheet.getRow(this.header));
		}

		/** @return the cell of the row with that key under that heading */
		public Cell cell(String key, String heading) {
			for (int r = this.header + 1; r <= this.sheet.getLastRowNum(); r++) {
				Row row = this.sheet.getRow(r);
				if (row != null && row.getCell(0) != null && key.equals(row.getCell(0).getStringCellValue())) {
					int c = this.headings.indexOf(heading);
					// a new cell, as a spreadsheet program saves one typed over (POI would keep the
					// streamed writer's inline text beside the new value)
					Cell cell = row.getCell(c);
					var style = (cell != null) ? cell.getCellStyle() : null;
					if (cell != null) {
						row.removeCell(cell);
					}
					Cell typed = row.createCell(c);
					if (style != null) {
						typed.setCellStyle(style);
					}
					return typed;
				}
			}
			throw new IllegalArgumentException("no row " + key);
		}

		public Editor set(String key, String heading, String text) {
			cell(key, heading).setCellValue(text);
			return this;
		}

		public Editor set(String key, String heading, double number) {
			cell(key, heading).setCellValue(number);
			return this;
		}

		/** Type the value again so that the spreadsheet program takes it for a date. */
		public Editor date(String key, String heading, java.time.LocalDate day) {
			Cell cell = cell(key, heading);
			cell.setCellValue(day);
			var style = this.sheet.getWorkbook().createCellStyle();
			style.setDataFormat(this.sheet.getWorkbook().createDataFormat().getFormat("mm/yyyy"));
			cell.setCellStyle(style);
			return this;
		}

		public Editor formula(String key, String heading, String formula) {
			cell(key, heading).setCellFormula(formula);
			return this;
		}

		/** Write the data rows again bottom to top, a blank row after every second one. */
		public Editor reverseWithBlankRows() {
			List<List<Object>> rows = new ArrayList<>();
			for (int r = this.sheet.getLastRowNum(); r > this.header; r--) {
				Row row = this.sheet.getRow(r);
				List<Object> values = new ArrayList<>();
				for (int c = 0; c < this.headings.size(); c++) {
					Cell cell = (row != null) ? row.getCell(c) : null;
					values.add((cell == null) ? null : (cell.getCellType() == CellType.NUMERIC)
							? (Object) cell.getNumericCellValue() : cell.getStringCellValue());
				}
				rows.add(values);
				if (row != null) {
					this.sheet.removeRow(row);
				}
			}
			int r = this.header + 1;
			for (int i = 0; i < rows.size(); i++) {
				Row row = this.sheet.createRow(r++);
				for (int c = 0; c < rows.get(i).size(); c++) {
					Object value = rows.get(i).get(c);
					if (value instanceof Double number) {
						row.createCell(c).setCellValue(number);
					}
					else if (value != null) {
						row.createCell(c).setCellValue((String) value);
					}
				}
				if (i % 2 == 1) {
					this.sheet.createRow(r++).createCell(3).setCellValue("");
				}
			}
			return this;
		}

	}

}
