package vn.kt1.batch.shared.xlsx;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Finding rows of a workbook read back in a test, by the text of their cells. */
public final class SheetReading {

	private SheetReading() {
	}

	/** @return the workbook's sheet names, in order */
	public static List<String> sheetNames(Workbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
		return names;
	}

	/**
	 * @return the first row whose first cells hold these texts
	 * @throws AssertionError when there is none
	 */
	public static Row rowStarting(Sheet sheet, String... values) {
		for (Row row : sheet) {
			boolean match = true;
			for (int c = 0; c < values.length && match; c++) {
				match = hasText(row.getCell(c), values[c]);
			}
			if (match) {
				return row;
			}
		}
		throw new AssertionError("no row " + List.of(values) + " in " + sheet.getSheetName());
	}

	/** @return the last row whose first cell holds this text, or {@code null} */
	public static Row lastRowStarting(Sheet sheet, String first) {
		Row last = null;
		for (Row row : sheet) {
			last = hasText(row.getCell(0), first) ? row : last;
		}
		return last;
	}

	/** @return how many rows hold this text in the column */
	public static long count(Sheet sheet, int column, String value) {
		long count = 0;
		for (Row row : sheet) {
			count += hasText(row.getCell(column), value) ? 1 : 0;
		}
		return count;
	}

	private static boolean hasText(Cell cell, String value) {
		return cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(value);
	}

}
