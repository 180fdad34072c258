package vn.kt1.batch.ingest.throughput;

import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;

/** What earlier files said of items, by barcode. */
interface StoredItems {

	/** @return the stored state of those of the barcodes that earlier files loaded */
	Map<String, StoredItem> find(Collection<String> barcodes) throws SQLException;

}
