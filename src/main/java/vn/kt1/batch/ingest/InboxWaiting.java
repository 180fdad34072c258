package vn.kt1.batch.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The files of the inbox that are still being written, as the last ingest run found them. */
@Repository
class InboxWaiting {

	private final JdbcTemplate jdbc;

	InboxWaiting(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Replace the list with what this run found waiting. */
	void replace(List<InboxEntry> waiting, long executionId, Instant now) {
		this.jdbc.update("DELETE FROM inbox_waiting");
		this.jdbc.batchUpdate("INSERT INTO inbox_waiting (kind, path, reason, size_bytes, modified_us, seen_at, "
				+ "job_execution_id) VALUES (?, ?, ?, ?, ?, ?, ?)", waiting, 500, (ps, entry) -> {
					ps.setString(1, entry.kind().name());
					ps.setString(2, FileRegistry.clip(entry.path().toString(), 4096));
					ps.setString(3, FileRegistry.clip(entry.reason(), 500));
					ps.setLong(4, entry.size());
					ps.setObject(5, FileRegistry.micros(entry.modified()));
					ps.setTimestamp(6, Timestamp.from(now));
					ps.setLong(7, executionId);
				});
	}

	/** @return the path and reason of each file found waiting by the given run */
	List<String[]> find(long executionId) {
		return this.jdbc.query("SELECT path, reason FROM inbox_waiting WHERE job_execution_id = ? ORDER BY path",
				(rs, n) -> new String[] { rs.getString(1), rs.getString(2) }, executionId);
	}

}
