package vn.kt1.batch.reconcile.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Decisions and their adjustments: the standing ones read, new ones written, earlier ones kept. */
@Repository
class DecisionStore {

	private static final String SELECT = "SELECT d.id, d.month, d.row_key, d.agency_code, d.run_id, d.fingerprint, "
			+ "d.decision, a.amount_vnd, d.note, d.decided_by, d.decided_at FROM exception_decision d "
			+ "LEFT JOIN settlement_adjustment a ON a.decision_id = d.id WHERE d.replaced_at IS NULL ";

	private final JdbcTemplate jdbc;

	DecisionStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the month's standing decisions, by key */
	List<Decision> standing(YearMonth month) {
		return this.jdbc.query(SELECT + "AND d.month = ? ORDER BY d.row_key", DecisionStore::decision,
				month.toString());
	}

	/** @return the standing decisions on one agency's rows of the month */
	List<Decision> standing(YearMonth month, String agencyCode) {
		return this.jdbc.query(SELECT + "AND d.month = ? AND d.agency_code = ? ORDER BY d.row_key",
				DecisionStore::decision, month.toString(), agencyCode);
	}

	/** @return the standing decisions of these months */
	List<Decision> standing(YearMonth from, YearMonth to) {
		return this.jdbc.query(SELECT + "AND d.month BETWEEN ? AND ? ORDER BY d.month, d.row_key",
				DecisionStore::decision, from.toString(), to.toString());
	}

	/** Mark a standing decision replaced (it is kept). */
	void replace(long id, LocalDateTime at) {
		this.jdbc.update("UPDATE exception_decision SET replaced_at = ? WHERE id = ? AND replaced_at IS NULL",
				Timestamp.valueOf(at), id);
	}

	/** Store a decision, and its adjustment when it is one. */
	void insert(YearMonth month, DecidableRow row, long runId, DecisionLine line, String by, LocalDateTime at,
			String fileName) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var insert = connection.prepareStatement("INSERT INTO exception_decision (month, row_key, agency_code, "
					+ "run_id, fingerprint, decision, note, decided_by, decided_at, file_name, sheet_row) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
			insert.setString(1, month.toString());
			insert.setString(2, row.key());
			insert.setString(3, row.agencyCode());
			insert.setLong(4, runId);
			insert.setString(5, row.fingerprint());
			insert.setString(6, line.code().name());
			insert.setString(7, line.note());
			insert.setString(8, by);
			insert.setTimestamp(9, Timestamp.valueOf(at));
			insert.setString(10, fileName);
			insert.setLong(11, line.sheetRow());
			return insert;
		}, key);
		if (line.amount() != null) {
			this.jdbc.update("INSERT INTO settlement_adjustment (decision_id, month, agency_code, amount_vnd) "
					+ "VALUES (?, ?, ?, ?)", key.getKey().longValue(), month.toString(), row.agencyCode(), line.amount());
		}
	}

	private static Decision decision(ResultSet rs, int n) throws SQLException {
		return new Decision(rs.getLong(1), YearMonth.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
				rs.getLong(5), rs.getString(6), DecisionCode.valueOf(rs.getString(7)), rs.getObject(8, Long.class),
				rs.getString(9), rs.getString(10), rs.getTimestamp(11).toLocalDateTime());
	}

}
