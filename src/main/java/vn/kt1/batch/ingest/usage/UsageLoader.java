package vn.kt1.batch.ingest.usage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.kt1.batch.ingest.FileLoader;
import vn.kt1.batch.ingest.IngestFaults;
import vn.kt1.batch.ingest.IngestProgress;
import vn.kt1.batch.ingest.InputKind;
import vn.kt1.batch.ingest.InputTemplates;
import vn.kt1.batch.ingest.LoadOutcome;
import vn.kt1.batch.ingest.ReferenceLookup;
import vn.kt1.batch.ingest.ReferenceLookups;
import vn.kt1.batch.ingest.TabularRows;
import vn.kt1.batch.ingest.Vocabulary;
import vn.kt1.batch.shared.input.InputError;
import vn.kt1.batch.shared.input.PlausibleDates;
import vn.kt1.batch.shared.input.RowFields;
import vn.kt1.batch.shared.input.TableRows;
import vn.kt1.batch.shared.tabular.FieldException;
import vn.kt1.batch.shared.tabular.FieldParsers;

/**
 * Loads agency usage reports (docs/inputs.md section 3). A newer report for an agency and period
 * replaces the earlier one service by service: what it validly brings becomes current, and a
 * service it does not bring (or brings in a rejected row) keeps its earlier figure. Newer
 * means written later ({@link ReportCurrency}), whichever arrives first. The replaced rows
 * stay in the table as history.
 */
@Component
class UsageLoader implements FileLoader {

	private final JdbcTemplate jdbc;

	private final IngestFaults faults;

	private final Clock clock;

	private final ReferenceLookups references;

	UsageLoader(JdbcTemplate jdbc, IngestFaults faults, Clock clock, ReferenceLookups references) {
		this.jdbc = jdbc;
		this.faults = faults;
		this.clock = clock;
		this.references = references;
	}

	@Override
	public InputKind kind() {
		return InputKind.USAGE;
	}

	@Override
	public LoadOutcome load(long fileId, Path file, IngestProgress progress) {
		ReferenceLookup reference = this.references.current();
		PlausibleDates dates = new PlausibleDates(LocalDate.now(this.clock));
		TabularRows<UsageRow> rows = TabularRows.read(file, InputTemplates.USAGE,
				(row) -> parse(row, reference, dates));
		Map<String, Long> seen = new HashMap<>();
		List<TableRows.Parsed<UsageRow>> kept = rows.rows().stream().filter((row) -> {
			Long first = seen.putIfAbsent(row.value().key(), row.line());
			if (first != null) {
				rows.reject(new InputError(file.getFileName().toString(), row.line(), "dich_vu",
						"the report has this agency, period and service already at line " + first), row);
			}
			return first == null;
		}).toList();
		insert(fileId, kept);
		new ReportCurrency(this.jdbc).decide(fileId);
		this.faults.afterRows(file.getFileName().toString(), kept.size());
		progress.update(kept.size(), 1);
		return rows.outcome(kept.size());
	}

	private static UsageRow parse(RowFields row, ReferenceLookup reference, PlausibleDates dates) {
		String agency = row.required(0, reference::agencyCode);
		YearMonth period = row.required(1, (v) -> dates.period(v, row.dateCell(1)));
		String urgency = row.required(2, (v) -> FieldParsers.enumCode(v, Vocabulary.URGENCY));
		Integer items = row.required(3, UsageLoader::count);
		Long amount = row.requiredMoney(4);
		if (amount != null && amount < 0) {
			row.fail(4, "must not be negative");
		}
		return row.valid() ? new UsageRow(agency, period, urgency, items, amount) : null;
	}

	private static Integer count(String value) {
		int count = FieldParsers.integer(value);
		if (count < 0) {
			throw new FieldException("must not be negative");
		}
		return count;
	}

	private void insert(long fileId, List<TableRows.Parsed<UsageRow>> rows) {
		this.jdbc.batchUpdate("INSERT INTO usage_report (file_id, line, agency_code, period, urgency, items, "
				+ "amount_vnd, current) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE)", rows, 500, (ps, row) -> {
					ps.setLong(1, fileId);
					ps.setLong(2, row.line());
					ps.setString(3, row.value().agency());
					ps.setString(4, row.value().period().toString());
					ps.setString(5, row.value().urgency());
					ps.setInt(6, row.value().items());
					ps.setLong(7, row.value().amountVnd());
				});
	}

	@Override
	public void discard(long fileId) {
		new ReportCurrency(this.jdbc).remove(fileId);
	}

}
