package vn.kt1.batch.web.reconcile;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.kt1.batch.reconcile.checks.DataCheckGate;
import vn.kt1.batch.web.Paging;

/**
 * The data checks of the months' current runs, with the decisions people took on them: a
 * WARNING acknowledged ({@code data_check_ack}), an ERROR overridden
 * ({@code data_check_override}, the record estimates and reports read).
 */
@Repository
class CheckQueries {

	private static final String DECISIONS = "(SELECT CONCAT(a.acknowledged_by, ' ', DATE_FORMAT(a.acknowledged_at, "
			+ "'%d/%m/%Y %H:%i'), ': ', a.note) FROM data_check_ack a WHERE a.check_id = c.id ORDER BY a.id DESC LIMIT 1), "
			+ "(SELECT CONCAT(o.overridden_by, ' ', DATE_FORMAT(o.overridden_at, '%d/%m/%Y %H:%i'), ' (', "
			+ "o.overridden_for, '): ', o.reason) FROM data_check_override o WHERE o.check_id = c.id "
			+ "ORDER BY o.id DESC LIMIT 1)";

	private final JdbcTemplate jdbc;

	CheckQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long count(Filter filter) {
		List<Object> arguments = new ArrayList<>();
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM data_check c JOIN reconcile_run r ON r.id = c.run_id "
				+ "WHERE r.current" + filter.where(arguments), Long.class, arguments.toArray());
	}

	List<Row> page(Filter filter, Paging paging) {
		List<Object> arguments = new ArrayList<>();
		String where = filter.where(arguments);
		arguments.add(paging.size());
		arguments.add(paging.offset());
		return this.jdbc.query("SELECT c.id, r.month, r.id, c.severity, c.check_name, c.findings, c.message, " + DECISIONS
				+ " FROM data_check c JOIN reconcile_run r ON r.id = c.run_id WHERE r.current" + where
				+ " ORDER BY r.month DESC, FIELD(c.severity, 'ERROR', 'WARNING', 'INFO', 'OK'), c.check_name "
				+ "LIMIT ? OFFSET ?",
				(rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
						rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9)),
				arguments.toArray());
	}

	/** @return the check's severity and what it is, if it exists */
	Optional<Row> find(long id) {
		return this.jdbc.query("SELECT c.id, r.month, r.id, c.severity, c.check_name, c.findings, c.message, "
				+ DECISIONS + " FROM data_check c JOIN reconcile_run r ON r.id = c.run_id WHERE c.id = ?",
				(rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
						rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9)),
				id)
			.stream()
			.findFirst();
	}

	void acknowledge(long id, String user, String note) {
		this.jdbc.update("INSERT INTO data_check_ack (check_id, acknowledged_at, acknowledged_by, note) "
				+ "VALUES (?, ?, ?, ?)", id, Timestamp.valueOf(LocalDateTime.now()), user, note);
	}

	void override(long id, String user, String reason) {
		this.jdbc.update("INSERT INTO data_check_override (check_id, overridden_for, overridden_at, overridden_by, "
				+ "reason) VALUES (?, ?, ?, ?, ?)", id, DataCheckGate.STANDING, Timestamp.valueOf(LocalDateTime.now()),
				user, reason);
	}

	/**
	 * What the checks are filtered by.
	 *
	 * @param from first month, {@code yyyy-MM}, or {@code null}
	 * @param to last month, or {@code null}
	 * @param severity one severity, or {@code null}
	 * @param attention only ERROR checks not overridden and WARNING checks not acknowledged
	 */
	record Filter(String from, String to, String severity, boolean attention) {

		String where(List<Object> arguments) {
			StringBuilder where = new StringBuilder();
			if (this.from != null && !this.from.isBlank()) {
				where.append(" AND r.month >= ?");
				arguments.add(this.from);
			}
			if (this.to != null && !this.to.isBlank()) {
				where.append(" AND r.month <= ?");
				arguments.add(this.to);
			}
			if (this.severity != null && !this.severity.isBlank()) {
				where.append(" AND c.severity = ?");
				arguments.add(this.severity);
			}
			else if (!this.attention) {
				where.append(" AND c.severity <> 'OK'");
			}
			if (this.attention) {
				where.append(" AND ((c.severity = 'ERROR' AND NOT EXISTS (SELECT 1 FROM data_check_override o "
						+ "WHERE o.check_id = c.id AND o.overridden_for = ?)) OR (c.severity = 'WARNING' AND NOT EXISTS "
						+ "(SELECT 1 FROM data_check_ack a WHERE a.check_id = c.id)))");
				arguments.add(DataCheckGate.STANDING);
			}
			return where.toString();
		}

	}

	record Row(long id, String month, long runId, String severity, String check, int findings, String message,
			String acknowledged, String overridden) {
	}

}
