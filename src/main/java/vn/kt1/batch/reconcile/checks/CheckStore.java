package vn.kt1.batch.reconcile.checks;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes a run's data checks, and what its reconciliation found in the item events for them. */
@Repository
public class CheckStore {

	private final JdbcTemplate jdbc;

	CheckStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores what the run's pass over the item events found (in that step's transaction). */
	public void saveEventFindings(long runId, EventFindings findings) {
		this.jdbc.update("INSERT INTO reconcile_event_check (run_id, duplicated_states, unknown_offices, "
				+ "ineligible_senders, bad_times, bad_values) VALUES (?, ?, ?, ?, ?, ?)", runId,
				findings.duplicatedStates, findings.unknownOffices, findings.ineligibleSenders, findings.badTimes,
				findings.badValues);
	}

	/** @return what the run's pass over the item events found */
	EventFindings eventFindings(long runId) {
		List<EventFindings> found = this.jdbc.query("SELECT duplicated_states, unknown_offices, ineligible_senders, "
				+ "bad_times, bad_values FROM reconcile_event_check WHERE run_id = ?", (rs, n) -> {
					EventFindings findings = new EventFindings();
					findings.duplicatedStates = rs.getInt(1);
					findings.unknownOffices = rs.getInt(2);
					findings.ineligibleSenders = rs.getInt(3);
					findings.badTimes = rs.getInt(4);
					findings.badValues = rs.getInt(5);
					return findings;
				}, runId);
		if (found.isEmpty()) {
			throw new IllegalStateException("Run " + runId + " was reconciled by an earlier version, which did not "
					+ "count the item events' findings; reconcile the month again (--rerun)");
		}
		return found.get(0);
	}

	public void save(long runId, List<CheckResult> results) {
		this.jdbc.update("DELETE FROM data_check WHERE run_id = ?", runId);
		this.jdbc.batchUpdate("INSERT INTO data_check (run_id, check_name, severity, findings, message) "
				+ "VALUES (?, ?, ?, ?, ?)", results, 100, (ps, result) -> {
					ps.setLong(1, runId);
					ps.setString(2, result.name());
					ps.setString(3, result.severity().name());
					ps.setInt(4, result.findings());
					ps.setString(5, (result.message().length() > 2000) ? result.message().substring(0, 2000)
							: result.message());
				});
	}

}
