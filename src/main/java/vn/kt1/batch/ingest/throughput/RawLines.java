package vn.kt1.batch.ingest.throughput;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.kt1.batch.ingest.InputTemplates;
import vn.kt1.batch.ingest.RejectedRow;
import vn.kt1.batch.shared.input.InputError;
import vn.kt1.batch.shared.tabular.Row;
import vn.kt1.batch.shared.tabular.TabularFormatException;
import vn.kt1.batch.shared.tabular.TabularReader;

/**
 * Reads a file again for the raw values of a few lines, so that rows refused after loading
 * are kept as they were received.
 */
final class RawLines {

	private RawLines() {
	}

	static List<RejectedRow> rejected(Path file, String name, List<StoredStateCheck.Conflict> conflicts)
			throws TabularFormatException {
		List<RejectedRow> rejected = new ArrayList<>();
		if (conflicts.isEmpty()) {
			return rejected;
		}
		Map<Long, String[]> raw = new HashMap<>();
		conflicts.forEach((conflict) -> raw.put(conflict.line(), null));
		try (TabularReader reader = TabularReader.open(file, InputTemplates.THROUGHPUT)) {
			for (Row row = reader.next(); row != null; row = reader.next()) {
				if (raw.containsKey(row.line())) {
					raw.put(row.line(), row.values().clone());
				}
			}
		}
		for (StoredStateCheck.Conflict conflict : conflicts) {
			rejected.add(new RejectedRow(new InputError(name, conflict.line(), conflict.column(), conflict.reason()),
					raw.get(conflict.line())));
		}
		return rejected;
	}

}
