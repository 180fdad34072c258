package vn.kt1.batch.reconcile.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.kt1.batch.reconcile.judge.ExceptionKind;
import vn.kt1.batch.reconcile.tally.Flag;

/** The rows of a month's current reconciliation run that decisions are made on, by key. */
@Repository
class MonthRows {

	private final JdbcTemplate jdbc;

	MonthRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the month's current completed run */
	Optional<Long> currentRun(YearMonth month) {
		return this.jdbc
			.queryForList("SELECT id FROM reconcile_run WHERE month = ? AND current AND status = 'COMPLETED'", Long.class,
					month.toString())
			.stream()
			.findFirst();
	}

	/**
	 * @return the run's agency-months with a flag other than "matched", then its item
	 * exceptions, in the order they are exported
	 */
	Map<String, DecidableRow> rows(long runId) {
		Map<String, DecidableRow> rows = new LinkedHashMap<>();
		this.jdbc.query("SELECT a.*, g.name FROM reconcile_agency a LEFT JOIN agency g ON g.code = a.agency_code "
				+ "WHERE a.run_id = ? AND a.flags <> 'MATCHED' ORDER BY a.on_list DESC, a.agency_code", (rs) -> {
					DecidableRow row = agency(rs);
					rows.put(row.key(), row);
				}, runId);
		this.jdbc.query("SELECT e.*, g.name FROM reconcile_exception e LEFT JOIN agency g ON g.code = e.sender_code "
				+ "WHERE e.run_id = ? ORDER BY e.kind, e.accepted_at, e.barcode", (rs) -> {
					DecidableRow row = exception(rs);
					// an item has at most one exception of a kind; should a run ever hold two, the first is kept
					rows.putIfAbsent(row.key(), row);
				}, runId);
		return rows;
	}

	private static DecidableRow agency(ResultSet rs) throws SQLException {
		String flags = rs.getString("flags");
		Long reported = rs.getObject("reported_vnd", Long.class);
		String fingerprint = DecidableRow.fingerprint(rs.getString("agency_code"), rs.getBoolean("on_list"),
				rs.getInt("po_items"), rs.getLong("po_fees_vnd"), rs.getLong("expected_fees_vnd"),
				rs.getObject("reported_items"), reported, rs.getLong("paid_vnd"), flags);
		String what = Arrays.stream(flags.split(",")).map((flag) -> Flag.valueOf(flag).label())
			.collect(Collectors.joining("; "));
		return new DecidableRow("A:" + rs.getString("agency_code"), rs.getString("agency_code"), rs.getString("name"),
				null, what, null, rs.getLong("po_fees_vnd"), rs.getLong("expected_fees_vnd"), reported,
				rs.getLong("paid_vnd"), fingerprint);
	}

	private static DecidableRow exception(ResultSet rs) throws SQLException {
		String kind = rs.getString("kind");
		Long expected = rs.getObject("expected_vnd", Long.class);
		Long actual = rs.getObject("actual_vnd", Long.class);
		String fingerprint = DecidableRow.fingerprint(kind, rs.getString("barcode"),
				rs.getObject("accepted_at", LocalDateTime.class), rs.getString("post_office_code"),
				rs.getString("sender_code"), expected, actual, rs.getObject("due_at", LocalDateTime.class),
				rs.getObject("delivered_at", LocalDateTime.class));
		return new DecidableRow("E:" + kind + ":" + rs.getString("barcode"), rs.getString("sender_code"),
				rs.getString("name"), rs.getString("barcode"), ExceptionKind.valueOf(kind).label(),
				rs.getString("reason"), actual, expected, null, null, fingerprint);
	}

}
