package vn.kt1.batch.shared.tabular;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads the first sheet of an Excel 97–2003 workbook (.xls) with POI's HSSF event API: the
 * records are read one by one on a thread of their own, a few batches of rows ahead of the
 * reader, so memory holds the shared strings and those batches, never the workbook.
 */
final class XlsTabularReader extends SheetReader {

	private final POIFSFileSystem fs;

	private final PrefetchingRows rows;

	private XlsTabularReader(Path file, Template template, POIFSFileSystem fs, PrefetchingRows rows, Located located) {
		super(file, template, located, rows);
		this.fs = fs;
		this.rows = rows;
	}

	static XlsTabularReader open(Path file, Template template) throws TabularFormatException {
		POIFSFileSystem fs = null;
		PrefetchingRows rows = null;
		try {
			fs = new POIFSFileSystem(file.toFile(), true);
			if (!fs.getRoot().hasEntryCaseInsensitive("Workbook")) {
				throw new TabularFormatException(file, 0, null, "an Excel 5.0/95 workbook, too old to read: "
						+ "open it in Excel, save it as .xlsx and send that");
			}
			rows = records(file, fs);
			PrefetchingRows prefetched = rows;
			Located located;
			try {
				located = locate(file, template, prefetched::next);
			}
			catch (PrefetchingRows.Failure ex) {
				throw XlsProblems.describe(file, ex.row(), ex.getCause());
			}
			return new XlsTabularReader(file, template, fs, rows, located);
		}
		catch (TabularFormatException ex) {
			close(rows, fs);
			throw ex;
		}
		catch (Exception ex) {
			close(rows, fs);
			throw XlsProblems.describe(file, 0, ex);
		}
	}

	private static PrefetchingRows records(Path file, POIFSFileSystem workbook) {
		long[] row = new long[1];
		return new PrefetchingRows((sink) -> {
			XlsRecords records = new XlsRecords((cells) -> {
				row[0] = cells.row();
				sink.accept(cells);
			});
			HSSFRequest request = new HSSFRequest();
			request.addListenerForAllRecords(records);
			new HSSFEventFactory().abortableProcessWorkbookEvents(request, workbook);
			records.flush();
		}, () -> row[0], file.getFileName().toString());
	}

	@Override
	TabularFormatException describe(Path file, long row, Throwable cause) {
		return XlsProblems.describe(file, row, cause);
	}

	@Override
	public void close() {
		close(this.rows, this.fs);
	}

	private static void close(PrefetchingRows rows, POIFSFileSystem fs) {
		if (rows != null) {
			rows.close();
		}
		try {
			if (fs != null) {
				fs.close();
			}
		}
		catch (IOException ex) {
			// a read-only file
		}
	}

}
