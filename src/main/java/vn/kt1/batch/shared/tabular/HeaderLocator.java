package vn.kt1.batch.shared.tabular;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the header row among the first rows of a file (up to 10 title rows may stand
 * above it) and maps its columns to the template's, by code or Vietnamese label.
 */
final class HeaderLocator {

	/** The most rows a header may be preceded by, plus the header itself. */
	static final int MAX_ROWS = 11;

	/**
	 * @param index position of the header among the rows given
	 * @param templateIndex per physical column, the template column it holds, or -1
	 * @param columns template code to physical column index
	 * @param ignored headers of columns the template does not know
	 */
	record Header(int index, int[] templateIndex, Map<String, Integer> columns, List<String> ignored) {

		/** @return the row's values in template order, {@code null} for empty cells */
		String[] arrange(List<String> cells, int templateSize) {
			String[] values = new String[templateSize];
			int n = Math.min(cells.size(), this.templateIndex.length);
			for (int i = 0; i < n; i++) {
				int t = this.templateIndex[i];
				String cell = cells.get(i);
				if (t >= 0 && cell != null) {
					String trimmed = cell.strip();
					values[t] = trimmed.isEmpty() ? null : trimmed;
				}
			}
			return values;
		}

	}

	private final Template template;

	private final Map<String, Integer> names = new HashMap<>();

	HeaderLocator(Template template) {
		this.template = template;
		for (int i = 0; i < template.columns().size(); i++) {
			this.names.put(HeaderNames.normalize(template.columns().get(i).code()), i);
			this.names.put(HeaderNames.normalize(template.columns().get(i).label()), i);
		}
	}

	/**
	 * @param rows the first rows of the file, at most {@link #MAX_ROWS}
	 * @param lines the line of each row
	 * @return the header, or {@code null} when no row has every required column
	 */
	Header locate(List<List<String>> rows) {
		for (int r = 0; r < rows.size(); r++) {
			int[] mapping = mapping(rows.get(r));
			if (hasRequired(mapping)) {
				return header(r, rows.get(r), mapping);
			}
		}
		return null;
	}

	/** @return why no row qualified, relative to the row that came closest */
	String whyNotFound(List<List<String>> rows) {
		int[] best = null;
		int bestFound = 0;
		for (List<String> row : rows) {
			int[] mapping = mapping(row);
			int found = (int) Arrays.stream(mapping).filter((t) -> t >= 0).count();
			if (found > bestFound) {
				best = mapping;
				bestFound = found;
			}
		}
		if (best == null) {
			return "no header row found in the first " + MAX_ROWS + " rows (expected columns such as "
					+ describe(this.template.columns().get(0)) + ")";
		}
		List<String> missing = new ArrayList<>();
		for (int t = 0; t < this.template.columns().size(); t++) {
			final int column = t;
			if (this.template.columns().get(t).required() && Arrays.stream(best).noneMatch((m) -> m == column)) {
				missing.add(describe(this.template.columns().get(t)));
			}
		}
		return "missing required column" + ((missing.size() > 1) ? "s " : " ") + String.join(", ", missing);
	}

	private static String describe(Column column) {
		return column.code() + " (" + column.label() + ")";
	}

	private int[] mapping(List<String> row) {
		int[] mapping = new int[row.size()];
		for (int i = 0; i < row.size(); i++) {
			Integer t = (row.get(i) != null) ? this.names.get(HeaderNames.normalize(row.get(i))) : null;
			mapping[i] = (t != null) ? t : -1;
		}
		return mapping;
	}

	private boolean hasRequired(int[] mapping) {
		boolean[] found = new boolean[this.template.columns().size()];
		Arrays.stream(mapping).filter((t) -> t >= 0).forEach((t) -> found[t] = true);
		for (int t = 0; t < found.length; t++) {
			if (this.template.columns().get(t).required() && !found[t]) {
				return false;
			}
		}
		return true;
	}

	private Header header(int index, List<String> row, int[] mapping) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		List<String> ignored = new ArrayList<>();
		for (int i = 0; i < mapping.length; i++) {
			if (mapping[i] < 0) {
				if (row.get(i) != null && !row.get(i).isBlank()) {
					ignored.add(row.get(i).strip());
				}
				continue;
			}
			String code = this.template.columns().get(mapping[i]).code();
			if (columns.putIfAbsent(code, i) != null) {
				mapping[i] = -2;
			}
		}
		return new Header(index, mapping, columns, ignored);
	}

	/** @return the code of a template column that appears twice in the header, or {@code null} */
	static String duplicate(Header header, List<String> row) {
		for (int i = 0; i < header.templateIndex().length; i++) {
			if (header.templateIndex()[i] == -2) {
				return row.get(i).strip();
			}
		}
		return null;
	}

	static TabularFormatException duplicateColumn(Path file, long line, String name) {
		return new TabularFormatException(file, line, null, "the header names column '" + name + "' twice");
	}

}
