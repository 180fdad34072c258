package vn.kt1.batch.shared.tabular;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cells a spreadsheet program writes and no loader can use: each rejects its own row with a
 * plain reason; the workbook goes on.
 */
class WorkbookCellsTests {

	private static final String HEADER = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ma_buu_gui</t></is></c>"
			+ "<c r=\"B1\" t=\"inlineStr\"><is><t>cuoc_vnd</t></is></c>"
			+ "<c r=\"C1\" t=\"inlineStr\"><is><t>ngay_phat</t></is></c></row>";

	@TempDir
	Path dir;

	@Test
	void errorCellsAreProblemsOfTheirCell() throws Exception {
		List<Row> rows = rows("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>KT1</t></is></c>"
				+ "<c r=\"B2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>"
				+ "<row r=\"3\"><c r=\"A3\" t=\"e\"><v>#N/A</v></c><c r=\"B3\"><v>5</v></c></row>");

		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).cellProblem(1)).isEqualTo("the cell holds the spreadsheet error #DIV/0!");
		assertThat(rows.get(1).cellProblem(0)).isEqualTo("the cell holds the spreadsheet error #N/A");
		assertThat(rows.get(1).values()[1]).isEqualTo("5");
	}

	@Test
	void aCellAddressedBeyondColumnXfdCostsNothingAndRejectsItsRow() throws Exception {
		List<Row> rows = rows("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>KT1</t></is></c>"
				+ "<c r=\"ZZZZZZZ2\"><v>1</v></c></row>"
				+ "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>KT2</t></is></c><c r=\"XFD3\"><v>1</v></c></row>");

		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).problem()).startsWith("a cell of the row is addressed beyond column XFD");
		assertThat(rows.get(1).problem()).isNull();
		assertThat(rows.get(1).values()[0]).isEqualTo("KT2");
	}

	@Test
	void aSharedStringThatDoesNotExistIsAProblemOfItsCell() throws Exception {
		List<Row> rows = rows("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>99</v></c><c r=\"B2\"><v>5</v></c></row>");

		assertThat(rows.get(0).cellProblem(0)).startsWith("the cell refers to a shared text (99)");
	}

	@Test
	void textLongerThanACellHoldsIsAProblemOfItsCell() throws Exception {
		List<Row> rows = rows("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + "x".repeat(40_000)
				+ "</t></is></c></row>");

		assertThat(rows.get(0).cellProblem(0)).isEqualTo("the cell holds more than 32767 characters, more than a "
				+ "spreadsheet cell can");
		assertThat(rows.get(0).values()[0].length()).isLessThanOrEqualTo(32_767);
	}

	@Test
	void aDateCellHoldingANegativeSerialIsAProblemOfItsCellNotOfTheWorkbook() throws Exception {
		Path file = this.dir.resolve("dates.xlsx");
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("a");
			org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("ma_buu_gui");
			header.createCell(1).setCellValue("cuoc_vnd");
			header.createCell(2).setCellValue("ngay_phat");
			org.apache.poi.ss.usermodel.CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			org.apache.poi.ss.usermodel.Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("KT1");
			row.createCell(1).setCellValue(5);
			row.createCell(2).setCellValue(-3);
			row.getCell(2).setCellStyle(date);
			workbook.write(out);
		}

		List<Row> rows = TabularReaderTests.rows(file);

		assertThat(rows.get(0).cellProblem(2))
			.isEqualTo("the date cell holds -3, which is no date (a negative or impossible date serial)");
		assertThat(rows.get(0).values()[0]).isEqualTo("KT1");
	}

	private List<Row> rows(String sheetRows) throws Exception {
		return TabularReaderTests.rows(XlsxFiles.write(this.dir.resolve("cells.xlsx"), HEADER + sheetRows));
	}

}
