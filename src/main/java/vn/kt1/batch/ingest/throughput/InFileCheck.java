package vn.kt1.batch.ingest.throughput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The item state machine within one file, run in the database for a file too large for the
 * items to be remembered in memory ({@link ItemStateChecker#MAX_ITEMS}): once the file's rows
 * are in (uncommitted) {@code item_event}, a row that repeats a state its item already has in
 * the file, or that changes a field fixed at acceptance from the item's first row, is removed
 * again and reported. Slower than in memory, but bounded: the database sorts on disk.
 */
final class InFileCheck {

	private static final String REPEATED = "SELECT e.line, g.first FROM item_event e JOIN (SELECT barcode, status_rank, "
			+ "MIN(line) first FROM item_event WHERE file_id = ? GROUP BY barcode, status_rank HAVING COUNT(*) > 1) g "
			+ "ON e.barcode = g.barcode AND e.status_rank = g.status_rank WHERE e.file_id = ? AND e.line <> g.first "
			+ "ORDER BY e.line";

	private static final String CHANGED = "SELECT e.line, g.first FROM item_event e JOIN (SELECT barcode, "
			+ "MIN(line) first FROM item_event WHERE file_id = ? GROUP BY barcode HAVING COUNT(*) > 1) g "
			+ "ON e.barcode = g.barcode JOIN item_event f ON f.file_id = ? AND f.line = g.first "
			+ "WHERE e.file_id = ? AND e.line <> g.first AND NOT (e.accepted_at = f.accepted_at "
			+ "AND e.sender_code = f.sender_code AND e.receiver_code = f.receiver_code AND e.urgency = f.urgency "
			+ "AND e.secrecy = f.secrecy AND e.item_type = f.item_type AND e.weight_g = f.weight_g "
			+ "AND e.fee_vnd = f.fee_vnd) ORDER BY e.line";

	private final JdbcTemplate jdbc;

	InFileCheck(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Find the file's rows that conflict with its other rows, and delete them.
	 * @param limit the most conflicts worth keeping: with more, the file is refused anyway
	 * @return the conflicts, at most {@code limit + 1}
	 */
	List<StoredStateCheck.Conflict> apply(long fileId, long limit) {
		Map<Long, StoredStateCheck.Conflict> conflicts = new LinkedHashMap<>();
		this.jdbc.query(CHANGED, (rs) -> {
			if (conflicts.size() <= limit) {
				conflicts.putIfAbsent(rs.getLong(1), new StoredStateCheck.Conflict(rs.getLong(1), "ma_buu_gui",
						"changes a field fixed at acceptance, compared with line " + rs.getLong(2)
								+ " (the item's first row in this file)"));
			}
		}, fileId, fileId, fileId);
		this.jdbc.query(REPEATED, (rs) -> {
			if (conflicts.size() <= limit) {
				conflicts.putIfAbsent(rs.getLong(1), new StoredStateCheck.Conflict(rs.getLong(1), "trang_thai",
						"the item already has this state in this file (line " + rs.getLong(2) + ")"));
			}
		}, fileId, fileId);
		List<StoredStateCheck.Conflict> found = new ArrayList<>(conflicts.values());
		this.jdbc.batchUpdate("DELETE FROM item_event WHERE file_id = ? AND line = ?", found, 500, (ps, conflict) -> {
			ps.setLong(1, fileId);
			ps.setLong(2, conflict.line());
		});
		return found;
	}

}
