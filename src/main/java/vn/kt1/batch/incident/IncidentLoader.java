package vn.kt1.batch.incident;

import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.kt1.batch.ingest.FileLoader;
import vn.kt1.batch.ingest.IngestProgress;
import vn.kt1.batch.ingest.InputKind;
import vn.kt1.batch.ingest.LoadOutcome;
import vn.kt1.batch.ingest.RejectedRow;

/**
 * An incidents register sent through the inbox ({@code incidents/}): imported as
 * {@code kt1 incidents import} does, all or nothing. A register with errors is refused, each
 * error kept as a rejected row for correction.
 */
@Component
class IncidentLoader implements FileLoader {

	private final IncidentImportService service;

	IncidentLoader(IncidentImportService service) {
		this.service = service;
	}

	@Override
	public InputKind kind() {
		return InputKind.INCIDENTS;
	}

	@Override
	public LoadOutcome load(long fileId, Path file, IngestProgress progress) {
		try {
			IncidentImportResult result = this.service.importFile(file);
			long rows = result.added() + result.updated();
			return new LoadOutcome(rows, rows, List.of(), null);
		}
		catch (IncidentImportException ex) {
			List<RejectedRow> rejected = ex.errors()
				.stream()
				.map((error) -> new RejectedRow(error, new String[0]))
				.toList();
			return new LoadOutcome(0, 0, rejected, ex.errors().size() + " error(s) in the register, which is loaded "
					+ "all or nothing; first: " + ex.errors().get(0));
		}
	}

	@Override
	public void discard(long fileId) {
		// a register with errors stores nothing
	}

}
