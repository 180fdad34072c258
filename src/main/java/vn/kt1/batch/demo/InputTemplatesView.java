package vn.kt1.batch.demo;

import vn.kt1.batch.ingest.InputTemplates;
import vn.kt1.batch.shared.tabular.Column;
import vn.kt1.batch.shared.tabular.Template;

/** The codes and labels of the input templates, as generated files head their columns. */
final class InputTemplatesView {

	private InputTemplatesView() {
	}

	static String[] codes(Template template) {
		return template.columns().stream().map(Column::code).toArray(String[]::new);
	}

	static String[] labels(Template template) {
		return template.columns().stream().map(Column::label).toArray(String[]::new);
	}

	static final Template THROUGHPUT = InputTemplates.THROUGHPUT;

	static final Template USAGE = InputTemplates.USAGE;

	static final Template SPENDING = InputTemplates.SPENDING;

}
