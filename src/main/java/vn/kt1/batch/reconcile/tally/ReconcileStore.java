package vn.kt1.batch.reconcile.tally;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.kt1.batch.reconcile.judge.ItemException;

/** Reads the month's reports and payments; writes runs and their results. */
@Repository
public class ReconcileStore {

	private final JdbcTemplate jdbc;

	ReconcileStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long openRun(YearMonth month, long jobExecutionId, LocalDate asOf, boolean paymentsJudged, String settings) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var insert = connection.prepareStatement("INSERT INTO reconcile_run (month, job_execution_id, as_of, "
					+ "payments_judged, status, started_at, settings) VALUES (?, ?, ?, ?, 'RUNNING', ?, ?)",
					new String[] { "id" });
			insert.setString(1, month.toString());
			insert.setLong(2, jobExecutionId);
			insert.setObject(3, asOf);
			insert.setBoolean(4, paymentsJudged);
			insert.setTimestamp(5, Timestamp.from(Instant.now()));
			insert.setString(6, settings);
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	/** Remove what a failed attempt of a step wrote, so that it can run again. */
	void clearResults(long runId) {
		for (String table : Stream.concat(Stream.of("reconcile_agency", "reconcile_exception", "delivery_quality",
				"reconcile_event_check"), MonthFiguresStore.TABLES.stream()).toList()) {
			this.jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
		}
	}

	/** @return current usage reports of the month: agency to {items, amount} */
	Map<String, long[]> reports(YearMonth month) {
		Map<String, long[]> reports = new HashMap<>();
		this.jdbc.query("SELECT agency_code, SUM(items), SUM(amount_vnd) FROM usage_report "
				+ "WHERE period = ? AND current GROUP BY agency_code", (rs) -> {
					reports.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
				}, month.toString());
		return reports;
	}

	/** @return payments for the month, refunds netted: agency to amount */
	Map<String, Long> payments(YearMonth month) {
		Map<String, Long> payments = new HashMap<>();
		this.jdbc.query("SELECT agency_code, SUM(amount_vnd) FROM payment_voucher WHERE period = ? "
				+ "GROUP BY agency_code", (rs) -> {
					payments.put(rs.getString(1), rs.getLong(2));
				}, month.toString());
		return payments;
	}

	void saveAgencies(long runId, List<AgencyMonth> months, Map<String, Set<Flag>> flags) {
		this.jdbc.batchUpdate("INSERT INTO reconcile_agency (run_id, agency_code, on_list, po_items, po_fees_vnd, "
				+ "expected_fees_vnd, unpriced_items, ineligible_items, reported_items, reported_vnd, paid_vnd, flags) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", months, 1000, (ps, m) -> {
					ps.setLong(1, runId);
					ps.setString(2, m.agencyCode());
					ps.setBoolean(3, m.onList());
					ps.setInt(4, m.poItems());
					ps.setLong(5, m.poFeesVnd());
					ps.setLong(6, m.expectedFeesVnd());
					ps.setInt(7, m.unpricedItems());
					ps.setInt(8, m.ineligibleItems());
					ps.setObject(9, m.reportedItems());
					ps.setObject(10, m.reportedVnd());
					ps.setLong(11, m.paidVnd());
					ps.setString(12, flags.get(m.agencyCode()).stream().map(Flag::name).collect(Collectors.joining(",")));
				});
	}

	void saveExceptions(long runId, List<ItemException> exceptions) {
		this.jdbc.batchUpdate("INSERT INTO reconcile_exception (run_id, kind, barcode, accepted_at, post_office_code, "
				+ "sender_code, expected_vnd, actual_vnd, due_at, delivered_at, reason) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", exceptions, 1000, (ps, e) -> {
					ps.setLong(1, runId);
					ps.setString(2, e.kind().name());
					ps.setString(3, e.item().barcode());
					ps.setObject(4, e.item().acceptedAt());
					ps.setString(5, e.item().postOfficeCode());
					ps.setString(6, e.item().senderCode());
					ps.setObject(7, e.expectedVnd());
					ps.setObject(8, e.actualVnd());
					ps.setObject(9, e.dueAt());
					ps.setObject(10, e.item().attemptedAt());
					ps.setString(11, e.reason());
				});
	}

	void saveQuality(long runId, Map<QualityKey, QualityTally> quality) {
		this.jdbc.batchUpdate("INSERT INTO delivery_quality (run_id, post_office_code, scope, urgency, accepted, "
				+ "delivered, on_time, late, returned, lost, in_transit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				List.copyOf(new TreeMap<>(quality).entrySet()), 1000, (ps, entry) -> {
					QualityTally t = entry.getValue();
					ps.setLong(1, runId);
					ps.setString(2, entry.getKey().postOfficeCode());
					ps.setString(3, entry.getKey().zone());
					ps.setString(4, entry.getKey().urgency());
					ps.setInt(5, t.accepted);
					ps.setInt(6, t.delivered);
					ps.setInt(7, t.onTime);
					ps.setInt(8, t.late);
					ps.setInt(9, t.returned);
					ps.setInt(10, t.lost);
					ps.setInt(11, t.inTransit);
				});
	}

	/** Mark the run completed and make it the month's current run. */
	public void complete(long runId, YearMonth month) {
		this.jdbc.update("UPDATE reconcile_run r SET status = 'COMPLETED', finished_at = ?, "
				+ "items = (SELECT COALESCE(SUM(po_items), 0) FROM reconcile_agency a WHERE a.run_id = r.id), "
				+ "fees_vnd = (SELECT COALESCE(SUM(po_fees_vnd), 0) FROM reconcile_agency a WHERE a.run_id = r.id) "
				+ "WHERE id = ?", Timestamp.from(Instant.now()), runId);
		this.jdbc.update("UPDATE reconcile_run SET current = (id = ?) WHERE month = ?", runId, month.toString());
	}

	public boolean isOpen(long runId) {
		return Boolean.TRUE.equals(this.jdbc.query("SELECT status = 'RUNNING' FROM reconcile_run WHERE id = ?",
				(rs) -> rs.next() ? rs.getBoolean(1) : null, runId));
	}

}
