package vn.kt1.batch.budget;

import java.nio.file.Path;

import org.springframework.stereotype.Component;

import vn.kt1.batch.ingest.InputKind;
import vn.kt1.batch.ingest.WholeFileLoader;

/** Proposals (đề xuất dự toán) from the inbox's {@code proposals/} folder, as {@code kt1 budget import} loads them. */
@Component
class ProposalLoader extends WholeFileLoader {

	private final BudgetImportService service;

	ProposalLoader(BudgetImportService service) {
		super(InputKind.PROPOSALS);
		this.service = service;
	}

	@Override
	protected long importFile(Path file) {
		return this.service.importFile(InputKind.PROPOSALS, file).stored();
	}

}
