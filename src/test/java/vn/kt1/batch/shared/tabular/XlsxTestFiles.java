package vn.kt1.batch.shared.tabular;

import java.io.IOException;
import java.nio.file.Path;

/** Minimal XLSX packages built by hand, for tests of other packages. */
public final class XlsxTestFiles {

	private XlsxTestFiles() {
	}

	/** @return the file, a workbook whose one sheet holds the given {@code <row>} elements */
	public static Path write(Path file, String sheetRows) throws IOException {
		return XlsxFiles.write(file, sheetRows);
	}

}
