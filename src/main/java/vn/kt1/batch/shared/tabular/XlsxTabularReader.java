package vn.kt1.batch.shared.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Reads the first sheet of an XLSX workbook as a stream of rows (StAX over the sheet XML,
 * never the whole workbook in memory). POI's zip-bomb limits stay on; a DOCTYPE or external
 * entity is refused.
 */
final class XlsxTabularReader extends LocatedReader {

	private final Path file;

	private final Template template;

	private final OPCPackage workbook;

	private final InputStream sheet;

	private final SheetRows rows;

	private final PrefetchingRows prefetched;

	private XlsxTabularReader(Path file, Template template, OPCPackage workbook, InputStream sheet, SheetRows rows,
			HeaderLocator.Header header, long headerLine) {
		super(header, headerLine);
		this.file = file;
		this.template = template;
		this.workbook = workbook;
		this.sheet = sheet;
		this.rows = rows;
		this.prefetched = new PrefetchingRows(rows, file.getFileName().toString());
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
			SheetRows rows = new SheetRows(sheet, new ReadOnlySharedStringsTable(workbook), reader.getStylesTable(),
					WorkbookDates.uses1904(reader));
			return locate(file, template, workbook, sheet, rows);
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

	private static XlsxTabularReader locate(Path file, Template template, OPCPackage workbook, InputStream sheet,
			SheetRows rows) throws TabularFormatException, XMLStreamException {
		HeaderLocator locator = new HeaderLocator(template);
		List<List<String>> seen = new ArrayList<>();
		for (SheetRows.Cells cells = rows.next(); cells != null && seen.size() < HeaderLocator.MAX_ROWS;
				cells = (seen.size() < HeaderLocator.MAX_ROWS) ? rows.next() : null) {
			seen.add(cells.texts());
			HeaderLocator.Header header = locator.locate(List.of(cells.texts()));
			if (header != null) {
				String duplicate = HeaderLocator.duplicate(header, cells.texts());
				if (duplicate != null) {
					throw HeaderLocator.duplicateColumn(file, cells.row(), duplicate);
				}
				return new XlsxTabularReader(file, template, workbook, sheet, rows, header, cells.row());
			}
		}
		String reason = seen.stream().allMatch((r) -> r.stream().allMatch((c) -> c == null || c.isBlank()))
				? "empty sheet" : locator.whyNotFound(seen);
		throw new TabularFormatException(file, 0, null, reason);
	}

	@Override
	public Row next() throws TabularFormatException {
		try {
			for (SheetRows.Cells cells = this.prefetched.next(); cells != null; cells = this.prefetched.next()) {
				Row row = arrange(cells);
				if (Arrays.stream(row.values()).anyMatch((v) -> v != null)) {
					return row;
				}
			}
			return null;
		}
		catch (PrefetchingRows.Failure ex) {
			throw XlsxProblems.describe(this.file, ex.row(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TabularFormatException(this.file, 0, null, "reading was interrupted", ex);
		}
	}

	private Row arrange(SheetRows.Cells cells) {
		int size = this.template.columns().size();
		String[] values = this.header.arrange(cells.texts(), size);
		boolean[] dates = new boolean[size];
		boolean[] numbers = new boolean[size];
		int[] mapping = this.header.templateIndex();
		for (int i = 0; i < Math.min(mapping.length, cells.texts().size()); i++) {
			if (mapping[i] >= 0) {
				dates[mapping[i]] = cells.kind(i) == SheetRows.DATE;
				numbers[mapping[i]] = cells.kind(i) == SheetRows.NUMBER;
			}
		}
		return new Row(cells.row(), values, dates, numbers);
	}

	@Override
	public void close() {
		this.prefetched.close();
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
