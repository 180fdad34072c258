package vn.kt1.batch.shared.tabular;

import java.util.Arrays;
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

	/**
	 * @return the workbook row in the template's column order, or {@code null} when it is
	 * blank (no value and no problem in the template's columns)
	 */
	Row arrange(SheetCells cells, int size) {
		String[] values = this.header.arrange(cells.texts(), size);
		boolean[] dates = new boolean[size];
		boolean[] numbers = new boolean[size];
		String[] problems = null;
		int[] mapping = this.header.templateIndex();
		for (int i = 0; i < Math.min(mapping.length, cells.width()); i++) {
			int t = mapping[i];
			if (t >= 0) {
				dates[t] = cells.kind(i) == SheetCells.DATE;
				numbers[t] = cells.kind(i) == SheetCells.NUMBER;
				if (cells.problem(i) != null) {
					problems = (problems != null) ? problems : new String[size];
					problems[t] = cells.problem(i);
				}
			}
		}
		boolean blank = problems == null && Arrays.stream(values).allMatch((v) -> v == null);
		return (blank && cells.rowProblem() == null) ? null
				: new Row(cells.row(), values, dates, numbers, problems, cells.rowProblem());
	}

}
