package vn.kt1.batch.web.overview;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What the overview reads: the last nightly chain, its files, the checks to look at. */
@Repository
class OverviewQueries {

	private final JdbcTemplate jdbc;

	OverviewQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return when the latest ingest run first started (its instance's first execution, so a
	 * restart keeps the files the run registered): the start of last night's chain
	 */
	Optional<LocalDateTime> lastChainStart() {
		return this.jdbc.query("SELECT MIN(x.START_TIME) FROM BATCH_JOB_EXECUTION x WHERE x.JOB_INSTANCE_ID = "
				+ "(SELECT e.JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
				+ "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'ingestJob' AND e.START_TIME IS NOT NULL "
				+ "ORDER BY e.JOB_EXECUTION_ID DESC LIMIT 1)", (rs, n) -> rs.getTimestamp(1))
			.stream()
			.filter(java.util.Objects::nonNull)
			.map(Timestamp::toLocalDateTime)
			.findFirst();
	}

	/** @return the executions started since then, in order */
	List<Run> runsSince(LocalDateTime start) {
		return this.jdbc.query("SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.START_TIME, e.END_TIME, "
				+ "(SELECT GROUP_CONCAT(CONCAT(p.PARAMETER_NAME, '=', p.PARAMETER_VALUE) ORDER BY p.PARAMETER_NAME "
				+ "SEPARATOR ', ') FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
				+ "AND p.IDENTIFYING = 'Y') FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
				+ "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE e.START_TIME >= ? ORDER BY e.JOB_EXECUTION_ID LIMIT 100",
				(rs, n) -> new Run(rs.getLong(1), rs.getString(2), rs.getString(3), time(rs.getTimestamp(4)),
						time(rs.getTimestamp(5)), rs.getString(6)),
				Timestamp.valueOf(start));
	}

	/** @return files registered since then, by status */
	Map<String, Integer> fileCounts(LocalDateTime since) {
		Map<String, Integer> counts = new java.util.LinkedHashMap<>();
		this.jdbc.query("SELECT status, COUNT(*) FROM input_file WHERE registered_at >= ? GROUP BY status "
				+ "ORDER BY FIELD(status, 'LOADED', 'REFUSED', 'DUPLICATE', 'PENDING')", (rs) -> {
					counts.put(rs.getString(1), rs.getInt(2));
				}, Timestamp.valueOf(since));
		return counts;
	}

	/** @return the files refused since then, with their reasons */
	List<Refused> refusedSince(LocalDateTime since) {
		return this.jdbc.query("SELECT id, kind, file_name, reason FROM input_file WHERE registered_at >= ? "
				+ "AND status = 'REFUSED' ORDER BY id LIMIT 20",
				(rs, n) -> new Refused(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
				Timestamp.valueOf(since));
	}

	/** @return the current runs' ERROR checks not overridden and WARNING checks not acknowledged */
	List<Attention> checksToLookAt() {
		return this.jdbc.query("SELECT c.id, r.month, c.severity, c.check_name, c.message FROM data_check c "
				+ "JOIN reconcile_run r ON r.id = c.run_id WHERE r.current AND ((c.severity = 'ERROR' AND NOT EXISTS "
				+ "(SELECT 1 FROM data_check_override o WHERE o.check_id = c.id AND o.overridden_for = ?)) "
				+ "OR (c.severity = 'WARNING' AND NOT EXISTS (SELECT 1 FROM data_check_ack a WHERE a.check_id = c.id))) "
				+ "ORDER BY FIELD(c.severity, 'ERROR', 'WARNING'), r.month DESC, c.check_name LIMIT 200",
				(rs, n) -> new Attention(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5)),
				vn.kt1.batch.reconcile.checks.DataCheckGate.STANDING);
	}

	/** @return whether a year's report completed */
	boolean reported(int year) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
				+ "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID JOIN BATCH_JOB_EXECUTION_PARAMS p "
				+ "ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'year' "
				+ "WHERE i.JOB_NAME = 'yearEndReportJob' AND e.STATUS = 'COMPLETED' AND p.PARAMETER_VALUE = ?",
				Integer.class, String.valueOf(year)) > 0;
	}

	/** @return whether a year has a current estimate */
	boolean estimated(int year) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM estimate_run WHERE year = ? AND current", Integer.class,
				year) > 0;
	}

	private static LocalDateTime time(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toLocalDateTime() : null;
	}

	record Run(long id, String job, String status, LocalDateTime start, LocalDateTime end, String parameters) {
	}

	record Refused(long id, String kind, String name, String reason) {
	}

	record Attention(long id, String month, String severity, String check, String message) {
	}

}
