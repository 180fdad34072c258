package vn.kt1.batch.incident;

import vn.kt1.batch.ingest.InputTemplates;
import vn.kt1.batch.shared.tabular.Template;

/** The columns of an incidents file (sổ sự cố), by their position in the template. */
final class IncidentTemplate {

	static final int TIME = 0, POST_OFFICE = 1, BARCODE = 2, SECRECY = 3, KIND = 4, DESCRIPTION = 5, HANDLING = 6,
			REPORTED_TO = 7;

	static final Template INCIDENTS = InputTemplates.INCIDENTS;

	private IncidentTemplate() {
	}

}
