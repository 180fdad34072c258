package vn.kt1.batch.shared.tabular;

import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;

/** POI's table, as read before 2026-12-07: only for the benchmark's reference ({@link XlsxReference}). */
record PoiSharedStrings(ReadOnlySharedStringsTable table) implements SheetStrings {

	@Override
	public String get(int index) {
		return this.table.getItemAt(index).getString();
	}

	@Override
	public boolean tooLong(int index) {
		return false;
	}

}
