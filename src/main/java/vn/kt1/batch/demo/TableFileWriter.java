package vn.kt1.batch.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.kt1.batch.shared.tabular.Template;

/** Writes one generated file, CSV or XLSX, in a given style, with title rows above the header. */
final class TableFileWriter {

	private static final DateTimeFormatter VN_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private TableFileWriter() {
	}

	/**
	 * @param file the file without extension; {@code .csv} or {@code .xlsx} is added
	 * @return the file written
	 */
	static Path write(Path file, FileStyle style, List<String> titles, Template template, List<Cell[]> rows)
			throws IOException {
		String[] header = template.columns()
			.stream()
			.map((column) -> style.header(column.code(), column.label()))
			.toArray(String[]::new);
		return (style == FileStyle.XLSX) ? xlsx(file.resolveSibling(file.getFileName() + ".xlsx"), titles, header, rows)
				: csv(file.resolveSibling(file.getFileName() + ".csv"), style, titles, header, rows);
	}

	private static Path csv(Path file, FileStyle style, List<String> titles, String[] header, List<Cell[]> rows)
			throws IOException {
		try (CsvOut out = new CsvOut(file, style.delimiter, style.bom, style.bom)) {
			for (String title : titles.subList(0, Math.min(style.titleRows, titles.size()))) {
				out.row(title);
			}
			if (style.titleRows > 0) {
				out.row("");
			}
			out.row(header);
			for (Cell[] row : rows) {
				String[] values = new String[row.length];
				for (int i = 0; i < row.length; i++) {
					values[i] = text(style, row[i]);
				}
				out.row(values);
			}
		}
		return file;
	}

	private static String text(FileStyle style, Cell cell) {
		if (cell instanceof Cell.Text t) {
			return t.value();
		}
		if (cell instanceof Cell.Code c) {
			return c.value();
		}
		if (cell instanceof Cell.Money m) {
			return style.money(m.value());
		}
		if (cell instanceof Cell.Number n) {
			return Long.toString(n.value());
		}
		if (cell instanceof Cell.When w) {
			return style.dateTime(w.value());
		}
		if (cell instanceof Cell.Day d) {
			return style.vietnameseForms ? VN_DAY.format(d.value()) : d.value().toLocalDate().toString();
		}
		Cell.Period p = (Cell.Period) cell;
		return style.vietnameseForms ? String.format("%02d/%d", p.value().getMonthValue(), p.value().getYear())
				: p.value().toString();
	}

	private static Path xlsx(Path file, List<String> titles, String[] header, List<Cell[]> rows) throws IOException {
		Files.createDirectories(file.getParent());
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); OutputStream out = Files.newOutputStream(file)) {
			CreationHelper helper = workbook.getCreationHelper();
			CellStyle dateTime = workbook.createCellStyle();
			dateTime.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
			CellStyle day = workbook.createCellStyle();
			day.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy"));
			CellStyle month = workbook.createCellStyle();
			month.setDataFormat(helper.createDataFormat().getFormat("mm/yyyy"));
			Sheet sheet = workbook.createSheet("Dữ liệu");
			int r = 0;
			for (String title : titles) {
				sheet.createRow(r).createCell(0).setCellValue(title);
				sheet.addMergedRegion(new CellRangeAddress(r, r, 0, header.length - 1));
				r++;
			}
			Row head = sheet.createRow(++r);
			for (int c = 0; c < header.length; c++) {
				head.createCell(c).setCellValue(header[c]);
			}
			for (Cell[] values : rows) {
				Row row = sheet.createRow(++r);
				for (int c = 0; c < values.length; c++) {
					set(row, c, values[c], dateTime, day, month);
				}
			}
			workbook.write(out);
			workbook.dispose();
		}
		return file;
	}

	private static void set(Row row, int c, Cell cell, CellStyle dateTime, CellStyle day, CellStyle month) {
		org.apache.poi.ss.usermodel.Cell target = row.createCell(c);
		if (cell instanceof Cell.Text t && t.value() != null && !t.value().isEmpty()) {
			target.setCellValue(t.value());
		}
		else if (cell instanceof Cell.Code code) {
			boolean digits = code.value().chars().allMatch(Character::isDigit) && !code.value().startsWith("0");
			if (digits) {
				target.setCellValue(Long.parseLong(code.value()));
			}
			else {
				target.setCellValue(code.value());
			}
		}
		else if (cell instanceof Cell.Money m) {
			target.setCellValue(m.value());
		}
		else if (cell instanceof Cell.Number n) {
			target.setCellValue(n.value());
		}
		else if (cell instanceof Cell.When w && w.value() != null) {
			target.setCellValue(w.value());
			target.setCellStyle(dateTime);
		}
		else if (cell instanceof Cell.Day d) {
			target.setCellValue(d.value());
			target.setCellStyle(day);
		}
		else if (cell instanceof Cell.Period p) {
			target.setCellValue(p.value().atDay(1).atStartOfDay());
			target.setCellStyle(month);
		}
	}

}
