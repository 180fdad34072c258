package vn.kt1.batch.shared.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Reads the first sheet of an XLSX workbook as a stream of rows (StAX over the sheet XML,
 * never the whole workbook in memory). POI's zip-bomb limits stay on; a DOCTYPE or external
 * entity is refused. Once the header is found, only the header's columns of each row are
 * held.
 */
final class XlsxTabularReader extends SheetReader {

	private final OPCPackage workbook;

	private final InputStream sheet;

	private final SheetRows rows;

	private XlsxTabularReader(Path file, Template template, OPCPackage workbook, InputStream sheet, SheetRows rows,
			Located located) {
		super(file, template, located, new PrefetchingRows((sink) -> {
			for (SheetCells cells = rows.next(); cells != null; cells = rows.next()) {
				sink.accept(cells);
			}
		}, rows::currentRow, file.getFileName().toString()));
		this.workbook = workbook;
		this.sheet = sheet;
		this.rows = rows;
	}

	static XlsxTabularReader open(Path file, Template template) throws TabularFormatException {
		OPCPackage workbook = null;
		InputStream sheet = null;
		try {
			workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
			XSSFReader reader = new XSSFReader(workbook);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new TabularFormatException(file, 0, null, "the workbook has no sheet");
			}
			sheet = sheets.next();
			SheetRows rows = new SheetRows(sheet, sharedStrings(workbook), reader.getStylesTable(),
					WorkbookDates.uses1904(reader));
			Located located = locate(file, template, rows::next);
			rows.keepColumns(located.header().templateIndex().length);
			return new XlsxTabularReader(file, template, workbook, sheet, rows, located);
		}
		catch (TabularFormatException ex) {
			closeQuietly(workbook, sheet);
			throw ex;
		}
		catch (Exception ex) {
			closeQuietly(workbook, sheet);
			throw XlsxProblems.describe(file, 0, ex);
		}
	}

	private static SheetStrings sharedStrings(OPCPackage workbook) throws Exception {
		if (XlsxReference.on()) {
			return new PoiSharedStrings(new ReadOnlySharedStringsTable(workbook));
		}
		List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (parts.isEmpty()) {
			return SharedStrings.NONE;
		}
		try (InputStream part = parts.get(0).getInputStream()) {
			return SharedStrings.read(part);
		}
	}

	@Override
	TabularFormatException describe(Path file, long row, Throwable cause) {
		return XlsxProblems.describe(file, row, cause);
	}

	@Override
	public void close() {
		closeRows();
		this.rows.close();
		closeQuietly(this.workbook, this.sheet);
	}

	private static void closeQuietly(OPCPackage workbook, InputStream sheet) {
		try {
			if (sheet != null) {
				sheet.close();
			}
		}
		catch (IOException ex) {
			// closing a read-only stream
		}
		if (workbook != null) {
			workbook.revert();
		}
	}

}
