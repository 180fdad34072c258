package vn.kt1.batch.shared.tabular;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads the data rows of an input file, CSV, XLSX or XLS, one at a time, in the template's
 * column order, after finding the header row below up to 10 title rows. Blank rows are
 * skipped.
 */
public interface TabularReader extends AutoCloseable {

	/**
	 * Open a file by what it is ({@code .csv} text, an {@code .xlsx} or {@code .xls}
	 * workbook, each under its own name) and find its header.
	 * @throws TabularFormatException when the file cannot be read as a table of the template,
	 * with a reason that says what the file is and what to send instead
	 */
	static TabularReader open(Path file, Template template) throws TabularFormatException {
		return switch (FileTypes.detect(file)) {
			case CSV -> CsvTabularReader.open(file, template);
			case XLSX -> XlsxTabularReader.open(file, template);
			case XLS -> XlsTabularReader.open(file, template);
		};
	}

	/** @return template code to the physical column index where it was found */
	Map<String, Integer> headerColumns();

	/** @return the headers of columns the template does not know (ignored) */
	List<String> ignoredHeaders();

	/** @return the line (or sheet row) of the header */
	long headerLine();

	/** @return the share of the file read so far (0 to 1), or -1 when it cannot be told */
	default double progress() {
		return -1;
	}

	/** @return the next non-blank data row, or {@code null} at the end */
	Row next() throws TabularFormatException;

	@Override
	void close();

}
