package vn.kt1.batch.ingest.usage;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Decides which report row is current for each agency, period and service: the row of the
 * newest report, newest by the time its file was written (then its name and content hash),
 * not by when it arrived. So a report and its resubmission end the same whichever arrives
 * first; the other rows stay as history, pointing at the file that replaced them. One
 * statement for all the keys a file touches.
 */
final class ReportCurrency {

	private static final String NEWEST = "PARTITION BY u.agency_code, u.period, u.urgency ORDER BY f.modified_us DESC, "
			+ "f.file_name COLLATE utf8mb4_bin DESC, f.sha256 DESC, u.file_id DESC";

	private static final String DECIDE = "UPDATE usage_report u JOIN (SELECT u.id, ROW_NUMBER() OVER (" + NEWEST
			+ ") rn, FIRST_VALUE(u.file_id) OVER (" + NEWEST + ") newest FROM usage_report u "
			+ "JOIN input_file f ON f.id = u.file_id WHERE (u.agency_code, u.period, u.urgency) IN (%s)) d "
			+ "ON d.id = u.id SET u.current = (d.rn = 1), u.replaced_by_file_id = IF(d.rn = 1, NULL, d.newest)";

	private final JdbcTemplate jdbc;

	ReportCurrency(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Decide the current rows of every key the file's rows have. */
	void decide(long fileId) {
		this.jdbc.update(String.format(DECIDE, "SELECT agency_code, period, urgency FROM usage_report WHERE file_id = ?"),
				fileId);
	}

	/** Remove the file's rows, and decide again the keys they had. */
	void remove(long fileId) {
		List<Object[]> keys = this.jdbc.query("SELECT DISTINCT agency_code, period, urgency FROM usage_report "
				+ "WHERE file_id = ?", (rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3) },
				fileId);
		this.jdbc.update("DELETE FROM usage_report WHERE file_id = ?", fileId);
		for (int from = 0; from < keys.size(); from += 200) {
			List<Object[]> some = keys.subList(from, Math.min(keys.size(), from + 200));
			String tuples = String.join(", ", Collections.nCopies(some.size(), "(?, ?, ?)"));
			this.jdbc.update(String.format(DECIDE, "VALUES " + tuples),
					some.stream().flatMap(Arrays::stream).toArray());
		}
	}

}
