package vn.kt1.batch.reconcile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.kt1.batch.reconcile.checks.CheckResult;
import vn.kt1.batch.reconcile.checks.Severity;
import vn.kt1.batch.reconcile.tally.Flag;

/** Reads what reconciliation runs found: per run, and over the months' current runs. */
@Component
public class ReconcileResults {

	private final JdbcTemplate jdbc;

	ReconcileResults(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the month's current run, or {@code null} when the month was never reconciled */
	public Long currentRun(String month) {
		List<Long> runs = this.jdbc.queryForList("SELECT id FROM reconcile_run WHERE month = ? AND current",
				Long.class, month);
		return runs.isEmpty() ? null : runs.get(0);
	}

	/** @return the month of a completed run, or {@code null} when there is no such run */
	public String monthOf(long runId) {
		List<String> months = this.jdbc.queryForList(
				"SELECT month FROM reconcile_run WHERE id = ? AND status = 'COMPLETED'", String.class, runId);
		return months.isEmpty() ? null : months.get(0);
	}

	/** @return agency rows per flag of a run, in the flags' order */
	public Map<String, Integer> flagCounts(long runId) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Flag flag : Flag.values()) {
			Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM reconcile_agency WHERE run_id = ? "
					+ "AND FIND_IN_SET(?, flags)", Integer.class, runId, flag.name());
			if (count != null && count > 0) {
				counts.put(flag.name(), count);
			}
		}
		return counts;
	}

	/** @return items, fees, exceptions of a run */
	public long[] totals(long runId) {
		return this.jdbc.queryForObject("SELECT COALESCE(SUM(po_items), 0), COALESCE(SUM(po_fees_vnd), 0), "
				+ "(SELECT COUNT(*) FROM reconcile_exception e WHERE e.run_id = ?) FROM reconcile_agency WHERE run_id = ?",
				(rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) }, runId, runId);
	}

	/** @return the run's checks that found something, most severe first */
	public List<CheckResult> findings(long runId) {
		return this.jdbc.query("SELECT check_name, severity, findings, message FROM data_check WHERE run_id = ? "
				+ "AND severity <> 'OK' ORDER BY FIELD(severity, 'ERROR', 'WARNING', 'INFO'), check_name",
				(rs, n) -> new CheckResult(rs.getString(1), Severity.valueOf(rs.getString(2)), rs.getInt(3),
						rs.getString(4)),
				runId);
	}

	/** @return items and fees over the current runs of every month */
	public long[] currentTotals() {
		return this.jdbc.queryForObject("SELECT COUNT(DISTINCT r.id), COALESCE(SUM(a.po_items), 0), "
				+ "COALESCE(SUM(a.po_fees_vnd), 0) FROM reconcile_run r JOIN reconcile_agency a ON a.run_id = r.id "
				+ "WHERE r.current", (rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) });
	}

	/** @return checks of the current runs per severity */
	public Map<String, Integer> currentChecks() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		this.jdbc.query("SELECT c.severity, COUNT(*) FROM data_check c JOIN reconcile_run r ON r.id = c.run_id "
				+ "WHERE r.current GROUP BY c.severity ORDER BY FIELD(c.severity, 'ERROR', 'WARNING', 'INFO', 'OK')",
				(rs) -> {
					counts.put(rs.getString(1), rs.getInt(2));
				});
		return counts;
	}

}
