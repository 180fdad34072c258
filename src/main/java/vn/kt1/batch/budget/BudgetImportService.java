package vn.kt1.batch.budget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.kt1.batch.ingest.InputKind;
import vn.kt1.batch.shared.input.ContentHash;
import vn.kt1.batch.shared.input.InputError;
import vn.kt1.batch.shared.input.RowFields;
import vn.kt1.batch.shared.input.TableRows;

/**
 * Imports a proposals or allocations file (CSV, XLS, XLSX) all or nothing: every row is read
 * and checked first, every error listed by line and column; only a file without errors is
 * stored, in one transaction. A row whose key is stored already (a proposal: agency and
 * year; an allocation: agency, year, sub-item and decision number) replaces that figure, so
 * a file sent again, or corrected, never counts twice.
 */
@Service
public class BudgetImportService {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final BudgetStore store;

	private final TransactionTemplate savepoint;

	BudgetImportService(BudgetStore store, PlatformTransactionManager transactionManager) {
		this.store = store;
		// nested: within ingest's transaction of a group of files, a refused file rolls back to its
		// savepoint and leaves the group's transaction usable; from the command line, a transaction of its own
		this.savepoint = new TransactionTemplate(transactionManager);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * @param kind {@link InputKind#PROPOSALS} or {@link InputKind#ALLOCATIONS}
	 * @param file the file
	 * @return what was stored
	 * @throws BudgetImportException listing every error; then nothing is stored
	 */
	public BudgetImportResult importFile(InputKind kind, Path file) {
		String name = file.getFileName().toString();
		if (!Files.isRegularFile(file)) {
			throw new BudgetImportException(List.of(new InputError(name, 0, null, "file not found: "
					+ file.toAbsolutePath())));
		}
		BudgetRows rows = new BudgetRows(this.store.agencies(), LocalDate.now(VIETNAM));
		if (kind == InputKind.PROPOSALS) {
			TableRows<Proposal> table = read(name, file, kind, rows::proposal,
					(p) -> p.agency() + "|" + p.year(), "agency and year");
			return this.savepoint.execute((status) -> {
				long importId = this.store.recordImport(kind, name, ContentHash.sha256(file), table.rows().size());
				return checked(kind, name, importId, table, this.store.saveProposals(importId, table.rows()));
			});
		}
		if (kind == InputKind.ALLOCATIONS) {
			TableRows<Allocation> table = read(name, file, kind, rows::allocation,
					(a) -> a.agency() + "|" + a.year() + "|" + a.subItem() + "|" + collationKey(a.decisionNo()),
					"agency, year, sub-item and decision number");
			return this.savepoint.execute((status) -> {
				long importId = this.store.recordImport(kind, name, ContentHash.sha256(file), table.rows().size());
				BudgetImportResult result = checked(kind, name, importId, table,
						this.store.saveAllocations(importId, table.rows()));
				List<String> negative = this.store.negativeTotals();
				if (!negative.isEmpty()) {
					throw new BudgetImportException(negative.stream()
						.map((agencyYear) -> new InputError(name, 0, "so_tien_vnd", "the allocations of " + agencyYear
								+ " would add up to less than zero"))
						.toList());
				}
				return result;
			});
		}
		throw new IllegalArgumentException(kind + " is not a budget file");
	}

	private static <T> TableRows<T> read(String name, Path file, InputKind kind, Function<RowFields, T> parser,
			Function<T, String> key, String keyWords) {
		TableRows<T> table = TableRows.read(file, kind.template(), parser);
		List<InputError> errors = table.errors(name);
		Map<String, Long> seen = new HashMap<>();
		for (TableRows.Parsed<T> row : table.rows()) {
			Long first = seen.putIfAbsent(key.apply(row.value()), row.line());
			if (first != null) {
				errors.add(new InputError(name, row.line(), "ma_don_vi", "the same " + keyWords + " as line " + first));
			}
		}
		if (errors.isEmpty() && table.rows().isEmpty()) {
			errors.add(new InputError(name, 0, null, "no row in the file"));
		}
		if (!errors.isEmpty()) {
			throw new BudgetImportException(errors);
		}
		return table;
	}

	/**
	 * Two rows the database's unique key takes as one (its collation ignores case, accents and
	 * trailing spaces) that the file's check let through: refused, never one silently kept.
	 */
	private <T> BudgetImportResult checked(InputKind kind, String name, long importId, TableRows<T> table,
			int replaced) {
		List<Long> overwritten = this.store.overwrittenLines(kind, importId,
				table.rows().stream().map(TableRows.Parsed::line).toList());
		if (!overwritten.isEmpty()) {
			throw new BudgetImportException(overwritten.stream()
				.map((line) -> new InputError(name, line, "so_quyet_dinh", "the same key as a later line of this file "
						+ "(numbers that differ only in case, accents or spaces are the same decision)"))
				.toList());
		}
		return new BudgetImportResult(table.rows().size() - replaced, replaced);
	}

	/** @return the text as the database's collation compares it, near enough to find twins in a file */
	static String collationKey(String text) {
		String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
	}

}
