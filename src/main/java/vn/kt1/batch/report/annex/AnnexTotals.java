package vn.kt1.batch.report.annex;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The year's totals as the annex shows them: sheet "Tổng hợp", the first row "Cộng" (the
 * monthly table's total), its items and fees. The sheet alone is read, as a stream: a
 * national annex is a 14 MB workbook of mostly other sheets.
 *
 * @param items the column "Số bưu gửi"
 * @param feesVnd the column "Cước (đồng)"
 */
public record AnnexTotals(long items, long feesVnd) {

	private static final int ITEMS = 1, FEES = 5;

	/** @throws IllegalArgumentException when the workbook has no such sheet or row */
	public static AnnexTotals read(Path annex) throws IOException {
		try (OPCPackage workbook = OPCPackage.open(annex.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(workbook);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					if (SummarySheet.NAME.equals(sheets.getSheetName())) {
						return totalRow(sheet, new ReadOnlySharedStringsTable(workbook), annex);
					}
				}
			}
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException ex) {
			throw new IOException("Cannot read " + annex + ": " + ex.getMessage(), ex);
		}
		throw new IllegalArgumentException(annex + " has no sheet " + SummarySheet.NAME);
	}

	private static AnnexTotals totalRow(InputStream sheet, ReadOnlySharedStringsTable strings, Path annex)
			throws IOException, SAXException, ParserConfigurationException {
		TotalRow row = new TotalRow();
		XMLReader parser = XMLHelper.newXMLReader();
		// no styles: numbers come as their stored value (401651634819), not as the format shows them
		parser.setContentHandler(new XSSFSheetXMLHandler(null, strings, row, new DataFormatter(), false));
		parser.parse(new InputSource(sheet));
		if (row.found == null) {
			throw new IllegalArgumentException(annex + ": sheet " + SummarySheet.NAME + " has no row Cộng");
		}
		return new AnnexTotals(whole(row.found.get(ITEMS)), whole(row.found.get(FEES)));
	}

	/** @return a stored number as a whole number: the handler gives it as a double's text, {@code 1.0483725E7} */
	private static long whole(String stored) {
		return new BigDecimal(stored).longValueExact();
	}

	/** Keeps the cells of the first row whose first cell is "Cộng". */
	private static final class TotalRow implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final List<String> cells = new ArrayList<>();

		private List<String> found;

		@Override
		public void startRow(int rowNum) {
			this.cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			if (this.found == null && !this.cells.isEmpty() && "Cộng".equals(this.cells.get(0))) {
				this.found = new ArrayList<>(this.cells);
			}
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = new CellReference(reference).getCol();
			while (this.cells.size() < column) {
				this.cells.add("");
			}
			this.cells.add(value);
		}

	}

}
