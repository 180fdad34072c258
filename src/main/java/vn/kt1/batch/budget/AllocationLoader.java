package vn.kt1.batch.budget;

import java.nio.file.Path;

import org.springframework.stereotype.Component;

import vn.kt1.batch.ingest.InputKind;
import vn.kt1.batch.ingest.WholeFileLoader;

/** Allocations (dự toán được giao) from the inbox's {@code allocations/} folder, as {@code kt1 budget import} loads them. */
@Component
class AllocationLoader extends WholeFileLoader {

	private final BudgetImportService service;

	AllocationLoader(BudgetImportService service) {
		super(InputKind.ALLOCATIONS);
		this.service = service;
	}

	@Override
	protected long importFile(Path file) {
		return this.service.importFile(InputKind.ALLOCATIONS, file).stored();
	}

}
