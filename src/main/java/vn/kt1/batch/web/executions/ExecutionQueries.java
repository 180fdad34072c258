package vn.kt1.batch.web.executions;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.kt1.batch.web.Paging;

/**
 * The executions table, filtered and paged in SQL: newest first by primary key, so a page
 * costs the same on the first day and after years of nightly runs.
 */
@Repository
class ExecutionQueries {

	private final JdbcTemplate jdbc;

	ExecutionQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @return how many executions match */
	long count(Filter filter) {
		List<Object> arguments = new ArrayList<>();
		String where = filter.where(arguments);
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
				+ "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID" + where, Long.class, arguments.toArray());
	}

	/** @return one page of the executions that match, newest first */
	List<Row> page(Filter filter, Paging paging) {
		List<Object> arguments = new ArrayList<>();
		String where = filter.where(arguments);
		arguments.add(paging.size());
		arguments.add(paging.offset());
		return this.jdbc.query("SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.CREATE_TIME, e.START_TIME, "
				+ "e.END_TIME, e.EXIT_CODE, (SELECT GROUP_CONCAT(CONCAT(p.PARAMETER_NAME, '=', p.PARAMETER_VALUE) "
				+ "ORDER BY p.PARAMETER_NAME SEPARATOR ', ') FROM BATCH_JOB_EXECUTION_PARAMS p "
				+ "WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.IDENTIFYING = 'Y') FROM BATCH_JOB_EXECUTION e "
				+ "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID" + where
				+ " ORDER BY e.JOB_EXECUTION_ID DESC LIMIT ? OFFSET ?",
				(rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), time(rs.getTimestamp(4)),
						time(rs.getTimestamp(5)), time(rs.getTimestamp(6)), rs.getString(7), rs.getString(8)),
				arguments.toArray());
	}

	/** @return the console's and the command line's actions on these executions, newest first */
	List<AuditRow> audit(List<String> targets) {
		if (targets.isEmpty()) {
			return List.of();
		}
		String marks = String.join(", ", targets.stream().map((t) -> "?").toList());
		return this.jdbc.query("SELECT at, os_user, web_user, action, reason, result FROM admin_audit "
				+ "WHERE target IN (" + marks + ") ORDER BY id DESC LIMIT 50",
				(rs, n) -> new AuditRow(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6)),
				targets.toArray());
	}

	private static LocalDateTime time(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toLocalDateTime() : null;
	}

	/**
	 * What the list is filtered by; each may be {@code null}.
	 *
	 * @param job a job's name
	 * @param status a batch status
	 * @param from executions created on or after this day
	 * @param to executions created on or before this day
	 */
	record Filter(String job, String status, LocalDate from, LocalDate to) {

		String where(List<Object> arguments) {
			StringBuilder where = new StringBuilder(" WHERE 1 = 1");
			if (this.job != null && !this.job.isBlank()) {
				where.append(" AND i.JOB_NAME = ?");
				arguments.add(this.job);
			}
			if (this.status != null && !this.status.isBlank()) {
				where.append(" AND e.STATUS = ?");
				arguments.add(this.status);
			}
			if (this.from != null) {
				where.append(" AND e.CREATE_TIME >= ?");
				arguments.add(Timestamp.valueOf(this.from.atStartOfDay()));
			}
			if (this.to != null) {
				where.append(" AND e.CREATE_TIME < ?");
				arguments.add(Timestamp.valueOf(this.to.plusDays(1).atStartOfDay()));
			}
			return where.toString();
		}

	}

	record Row(long id, String job, String status, LocalDateTime created, LocalDateTime start, LocalDateTime end,
			String exitCode, String parameters) {
	}

	record AuditRow(LocalDateTime at, String osUser, String webUser, String action, String reason, String result) {
	}

}
