package vn.kt1.batch.shared.tabular;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A workbook's first sheet read as rows, parsed a few batches ahead on a thread of their own:
 * the header found among its first rows, then the data rows in the template's order.
 */
abstract class SheetReader extends LocatedReader {

	/** The next row of a sheet, or {@code null} after the last. */
	interface Rows {

		SheetCells next() throws Exception;

	}

	/** The header and the row where it was found. */
	record Located(HeaderLocator.Header header, long row) {
	}

	private final Path file;

	private final Template template;

	private final PrefetchingRows prefetched;

	SheetReader(Path file, Template template, Located located, PrefetchingRows prefetched) {
		super(located.header(), located.row());
		this.file = file;
		this.template = template;
		this.prefetched = prefetched;
	}

	/** @return the header among the sheet's first rows */
	static Located locate(Path file, Template template, Rows rows) throws Exception {
		HeaderLocator locator = new HeaderLocator(template);
		List<List<String>> seen = new ArrayList<>();
		for (SheetCells cells = rows.next(); cells != null && seen.size() < HeaderLocator.MAX_ROWS;
				cells = (seen.size() < HeaderLocator.MAX_ROWS) ? rows.next() : null) {
			seen.add(cells.texts());
			HeaderLocator.Header header = locator.locate(List.of(cells.texts()));
			if (header != null) {
				String duplicate = HeaderLocator.duplicate(header, cells.texts());
				if (duplicate != null) {
					throw HeaderLocator.duplicateColumn(file, cells.row(), duplicate);
				}
				return new Located(header, cells.row());
			}
		}
		String reason = seen.stream().allMatch((r) -> r.stream().allMatch((c) -> c == null || c.isBlank()))
				? "empty sheet" : locator.whyNotFound(seen);
		throw new TabularFormatException(file, 0, null, reason);
	}

	/** @return why the workbook cannot be read, for people */
	abstract TabularFormatException describe(Path file, long row, Throwable cause);

	@Override
	public Row next() throws TabularFormatException {
		try {
			for (SheetCells cells = this.prefetched.next(); cells != null; cells = this.prefetched.next()) {
				Row row = arrange(cells, this.template.columns().size());
				if (row != null) {
					return row;
				}
			}
			return null;
		}
		catch (PrefetchingRows.Failure ex) {
			throw describe(this.file, ex.row(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TabularFormatException(this.file, 0, null, "reading was interrupted", ex);
		}
	}

	void closeRows() {
		this.prefetched.close();
	}

}
