package vn.kt1.batch.ingest.spending;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
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
import vn.kt1.batch.shared.input.InputError;
import vn.kt1.batch.shared.input.PlausibleDates;
import vn.kt1.batch.shared.input.RowFields;
import vn.kt1.batch.shared.input.TableRows;
import vn.kt1.batch.shared.tabular.Codes;
import vn.kt1.batch.shared.tabular.FieldException;
import vn.kt1.batch.shared.tabular.FieldParsers;

/** Loads payment vouchers; a voucher seen before (agency and number) is rejected. */
@Component
class SpendingLoader implements FileLoader {

	private final JdbcTemplate jdbc;

	private final IngestFaults faults;

	private final Clock clock;

	private final ReferenceLookups references;

	SpendingLoader(JdbcTemplate jdbc, IngestFaults faults, Clock clock, ReferenceLookups references) {
		this.jdbc = jdbc;
		this.faults = faults;
		this.clock = clock;
		this.references = references;
	}

	@Override
	public InputKind kind() {
		return InputKind.SPENDING;
	}

	@Override
	public LoadOutcome load(long fileId, Path file, IngestProgress progress) {
		ReferenceLookup reference = this.references.current();
		PlausibleDates dates = new PlausibleDates(LocalDate.now(this.clock));
		TabularRows<Voucher> rows = TabularRows.read(file, InputTemplates.SPENDING,
				(row) -> parse(row, reference, dates));
		Map<Long, String> seen = new VoucherDuplicates(this.jdbc).find(rows.rows());
		List<TableRows.Parsed<Voucher>> kept = rows.rows().stream().filter((row) -> {
			String where = seen.get(row.line());
			if (where != null) {
				rows.reject(new InputError(file.getFileName().toString(), row.line(), "so_chung_tu",
						"duplicate voucher " + row.value().number() + " of agency " + row.value().agency() + " ("
								+ where + ")"), row);
			}
			return where == null;
		}).toList();
		insert(fileId, kept);
		this.faults.afterRows(file.getFileName().toString(), kept.size());
		progress.update(kept.size(), 1);
		return rows.outcome(kept.size());
	}

	private static Voucher parse(RowFields row, ReferenceLookup reference, PlausibleDates dates) {
		String number = row.required(0, (v) -> text(v, 50));
		LocalDate date = row.required(1, dates::eventDate);
		String agency = row.required(2, reference::agencyCode);
		YearMonth period = row.required(3, (v) -> dates.period(v, row.dateCell(3)));
		String subItem = row.required(4, FieldParsers::subItem);
		Long amount = row.requiredMoney(5);
		if (amount != null && amount == 0) {
			row.fail(5, "amount must not be zero (negative for a reversal or refund)");
		}
		String content = row.optional(6, (v) -> text(v, 500));
		return row.valid() ? new Voucher(number, date, agency, period, subItem, amount, content) : null;
	}

	private static String text(String value, int max) {
		String text = Normalizer.normalize(Codes.stripInvisible(value), Normalizer.Form.NFC);
		if (text.length() > max) {
			throw new FieldException("longer than " + max + " characters");
		}
		return text;
	}

	private void insert(long fileId, List<TableRows.Parsed<Voucher>> rows) {
		this.jdbc.batchUpdate("INSERT INTO payment_voucher (file_id, line, voucher_no, voucher_date, agency_code, "
				+ "period, sub_item, amount_vnd, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, 500, (ps, row) -> {
					Voucher v = row.value();
					ps.setLong(1, fileId);
					ps.setLong(2, row.line());
					ps.setString(3, v.number());
					ps.setObject(4, v.date());
					ps.setString(5, v.agency());
					ps.setString(6, v.period().toString());
					ps.setString(7, v.subItem());
					ps.setLong(8, v.amountVnd());
					ps.setString(9, v.content());
				});
	}

	@Override
	public void discard(long fileId) {
		this.jdbc.update("DELETE FROM payment_voucher WHERE file_id = ?", fileId);
	}

}
