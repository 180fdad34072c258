package vn.kt1.batch.reconcile.checks;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes a run's data checks. */
@Repository
public class CheckStore {

	private final JdbcTemplate jdbc;

	CheckStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
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
