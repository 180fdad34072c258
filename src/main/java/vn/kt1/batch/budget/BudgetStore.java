package vn.kt1.batch.budget;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.kt1.batch.admin.AdminAudit;
import vn.kt1.batch.ingest.InputKind;
import vn.kt1.batch.shared.input.TableRows.Parsed;

/** Stores proposals and allocations: a row sent again replaces its figure (its key is the database's). */
@Repository
class BudgetStore {

	private final JdbcTemplate jdbc;

	BudgetStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Set<String> agencies() {
		return new HashSet<>(this.jdbc.queryForList("SELECT code FROM agency", String.class));
	}

	long recordImport(InputKind kind, String fileName, String sha256, int rows) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		String web = AdminAudit.webUser();
		this.jdbc.update((connection) -> {
			var insert = connection.prepareStatement("INSERT INTO budget_import (kind, file_name, sha256, rows_stored, "
					+ "imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?)", new String[] { "id" });
			insert.setString(1, kind.name());
			insert.setString(2, fileName);
			insert.setString(3, sha256);
			insert.setInt(4, rows);
			insert.setTimestamp(5, Timestamp.valueOf(LocalDateTime.now()));
			insert.setString(6, (web != null) ? web : System.getProperty("user.name"));
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	/** @return how many of the rows replaced a stored figure */
	int saveProposals(long importId, List<Parsed<Proposal>> rows) {
		int replaced = 0;
		for (Parsed<Proposal> row : rows) {
			Proposal p = row.value();
			// MariaDB counts 2 for a row replaced, 1 for a row added
			replaced += (this.jdbc.update("INSERT INTO budget_proposal (agency_code, budget_year, amount_vnd, note, import_id, "
					+ "line) VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE amount_vnd = VALUES(amount_vnd), "
					+ "note = VALUES(note), import_id = VALUES(import_id), line = VALUES(line)", p.agency(), p.year(),
					p.amountVnd(), p.note(), importId, row.line()) > 1) ? 1 : 0;
		}
		return replaced;
	}

	/** @return how many of the rows replaced a stored figure */
	int saveAllocations(long importId, List<Parsed<Allocation>> rows) {
		int replaced = 0;
		for (Parsed<Allocation> row : rows) {
			Allocation a = row.value();
			replaced += (this.jdbc.update("INSERT INTO budget_allocation (agency_code, budget_year, sub_item, decision_no, "
					+ "decision_date, amount_vnd, import_id, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
					+ "decision_date = VALUES(decision_date), amount_vnd = VALUES(amount_vnd), "
					+ "import_id = VALUES(import_id), line = VALUES(line)", a.agency(), a.year(), a.subItem(),
					a.decisionNo(), Date.valueOf(a.decisionDate()), a.amountVnd(), importId, row.line()) > 1) ? 1 : 0;
		}
		return replaced;
	}

	/** @return the lines of this import's rows that another row of the same import replaced (the same key) */
	List<Long> overwrittenLines(InputKind kind, long importId, List<Long> lines) {
		String table = (kind == InputKind.PROPOSALS) ? "budget_proposal" : "budget_allocation";
		Set<Long> kept = new HashSet<>(this.jdbc.queryForList("SELECT line FROM " + table + " WHERE import_id = ?",
				Long.class, importId));
		return lines.stream().filter((line) -> !kept.contains(line)).toList();
	}

	/** @return the agency-years whose allocations sum below zero */
	List<String> negativeTotals() {
		return this.jdbc.queryForList("SELECT CONCAT(agency_code, ' ', budget_year) FROM budget_allocation "
				+ "GROUP BY agency_code, budget_year HAVING SUM(amount_vnd) < 0", String.class);
	}

}
