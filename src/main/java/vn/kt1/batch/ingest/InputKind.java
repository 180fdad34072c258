package vn.kt1.batch.ingest;

import vn.kt1.batch.shared.tabular.Template;

/** The kinds of input file, each in its own inbox folder. */
public enum InputKind {

	THROUGHPUT("throughput", InputTemplates.THROUGHPUT),

	USAGE("usage", InputTemplates.USAGE),

	SPENDING("spending", InputTemplates.SPENDING),

	INCIDENTS("incidents", InputTemplates.INCIDENTS),

	PROPOSALS("proposals", InputTemplates.PROPOSALS),

	ALLOCATIONS("allocations", InputTemplates.ALLOCATIONS);

	private final String folder;

	private final Template template;

	InputKind(String folder, Template template) {
		this.folder = folder;
		this.template = template;
	}

	/** @return the inbox sub-folder of this kind */
	public String folder() {
		return this.folder;
	}

	public Template template() {
		return this.template;
	}

}
