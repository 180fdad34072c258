package vn.kt1.batch.incident;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.kt1.batch.shared.input.ContentHash;
import vn.kt1.batch.shared.input.InputError;
import vn.kt1.batch.shared.input.TableRows;

/**
 * Imports an incidents file (CSV, XLSX) all or nothing: every row is read and checked first,
 * every error listed by line and column; only a file without errors is stored, in one
 * transaction. An incident already stored (same time, post office, kind and item) is
 * updated by its row, so a register sent again with its handling filled in adds nothing
 * twice. {@link IncidentsRecorded} names the incidents added.
 */
@Service
public class IncidentImportService {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final IncidentStore store;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate savepoint;

	IncidentImportService(IncidentStore store, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager) {
		this.store = store;
		this.events = events;
		// nested: a register refused within ingest's transaction of a group of files must leave that
		// transaction usable (a participating @Transactional that throws marks it rollback-only and the
		// whole night failed); from the command line, a transaction of its own
		this.savepoint = new TransactionTemplate(transactionManager);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * @param file an incidents file
	 * @return what was added and updated
	 * @throws IncidentImportException listing every error; then nothing is stored
	 */
	public IncidentImportResult importFile(Path file) {
		String name = file.getFileName().toString();
		if (!Files.isRegularFile(file)) {
			throw new IncidentImportException(List.of(new InputError(name, 0, null, "file not found: "
					+ file.toAbsolutePath())));
		}
		IncidentRows rows = new IncidentRows(this.store.postOffices(), LocalDate.now(VIETNAM));
		TableRows<Incident> table = TableRows.read(file, IncidentTemplate.INCIDENTS, rows::parse);
		List<InputError> errors = table.errors(name);
		errors.addAll(duplicates(name, table));
		if (errors.isEmpty() && table.rows().isEmpty()) {
			errors.add(new InputError(name, 0, null, "no incident in the file"));
		}
		if (!errors.isEmpty()) {
			throw new IncidentImportException(errors);
		}
		return this.savepoint.execute((status) -> store(name, ContentHash.sha256(file), table.rows()));
	}

	private IncidentImportResult store(String name, String sha256, List<TableRows.Parsed<Incident>> rows) {
		long importId = this.store.recordImport(name, sha256, rows.size());
		List<Incident> added = new ArrayList<>();
		int updated = 0;
		for (TableRows.Parsed<Incident> row : rows) {
			Optional<Long> stored = this.store.find(row.value());
			if (stored.isPresent()) {
				this.store.update(stored.get(), row.value(), importId, row.line());
				updated++;
			}
			else {
				added.add(row.value().withId(this.store.insert(row.value(), importId, row.line())));
			}
		}
		this.events.publishEvent(new IncidentsRecorded(List.copyOf(added)));
		return new IncidentImportResult(added.size(), updated);
	}

	/** The same incident twice in one file: the later row is an error naming the first. */
	private static List<InputError> duplicates(String name, TableRows<Incident> table) {
		List<InputError> errors = new ArrayList<>();
		Map<String, Long> seen = new HashMap<>();
		for (TableRows.Parsed<Incident> row : table.rows()) {
			Incident incident = row.value();
			String key = incident.occurredAt() + "|" + incident.postOfficeCode() + "|" + incident.kind() + "|"
					+ incident.barcode();
			Long first = seen.putIfAbsent(key, row.line());
			if (first != null) {
				errors.add(new InputError(name, row.line(), "thoi_diem", "the same incident (time, post office, kind "
						+ "and item) as line " + first));
			}
		}
		return errors;
	}

}
