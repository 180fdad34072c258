package vn.kt1.batch.incident;

import java.nio.file.Path;

import org.springframework.stereotype.Component;

import vn.kt1.batch.ingest.InputKind;
import vn.kt1.batch.ingest.WholeFileLoader;

/** An incidents register sent through the inbox ({@code incidents/}): imported as {@code kt1 incidents import} does. */
@Component
class IncidentLoader extends WholeFileLoader {

	private final IncidentImportService service;

	IncidentLoader(IncidentImportService service) {
		super(InputKind.INCIDENTS);
		this.service = service;
	}

	@Override
	protected long importFile(Path file) {
		IncidentImportResult result = this.service.importFile(file);
		return result.added() + result.updated();
	}

}
