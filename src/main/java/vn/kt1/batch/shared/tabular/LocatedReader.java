package vn.kt1.batch.shared.tabular;

import java.util.List;
import java.util.Map;

/** A reader whose header row has been found: what it tells of the file's columns. */
abstract class LocatedReader implements TabularReader {

	final HeaderLocator.Header header;

	private final long headerLine;

	LocatedReader(HeaderLocator.Header header, long headerLine) {
		this.header = header;
		this.headerLine = headerLine;
	}

	@Override
	public Map<String, Integer> headerColumns() {
		return this.header.columns();
	}

	@Override
	public List<String> ignoredHeaders() {
		return this.header.ignored();
	}

	@Override
	public long headerLine() {
		return this.headerLine;
	}

}
