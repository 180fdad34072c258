package vn.kt1.batch.ingest.throughput;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.ingest.Vocabulary;

/**
 * The item state machine against earlier files, run in the database once the file's rows
 * are in (uncommitted) {@code item_event}: each row of an item that earlier files already
 * hold must move it forward and keep its fields fixed at acceptance. The rows that do not
 * are removed again and reported. One join, driven by the file's rows (the optimizer,
 * misled by the statistics of rows not yet committed, may otherwise drive it from the stored
 * side and probe the new rows by file, for every stored row).
 */
final class StoredStateCheck {

	/** A row removed again: its line, the column to blame and why. */
	record Conflict(long line, String column, String reason) {
	}

	private static final String FIELDS = "%1$s.status, %1$s.status_rank, %1$s.accepted_at, %1$s.sender_code, "
			+ "%1$s.receiver_code, %1$s.urgency, %1$s.secrecy, %1$s.item_type, %1$s.weight_g, %1$s.fee_vnd";

	private static final String JOIN = "SELECT n.line, n.barcode, " + String.format(FIELDS, "n") + ", "
			+ String.format(FIELDS, "o") + " FROM item_event n STRAIGHT_JOIN item_event o "
			+ "FORCE INDEX (item_event_barcode_ix) ON o.barcode = n.barcode AND o.file_id <> n.file_id "
			+ "WHERE n.file_id = ? ORDER BY n.barcode, n.line, o.status_rank DESC";

	private static final String ANY_OTHER = "SELECT COUNT(*) FROM (SELECT 1 FROM item_event WHERE file_id <> ? LIMIT 1) o";

	private final JdbcTemplate jdbc;

	StoredStateCheck(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Find the file's rows that conflict with earlier files, and delete them. */
	List<Conflict> apply(long fileId) {
		if (this.jdbc.queryForObject(ANY_OTHER, Integer.class, fileId) == 0) {
			return List.of();
		}
		Map<Long, ItemEvent[]> rows = new LinkedHashMap<>();
		this.jdbc.query(JOIN, (ResultSet rs) -> {
			rows.putIfAbsent(rs.getLong(1), new ItemEvent[] { event(rs, rs.getString(2), 3), event(rs, rs.getString(2), 13) });
		}, fileId);
		List<Conflict> conflicts = new ArrayList<>();
		String barcode = null;
		int rank = 0;
		for (Map.Entry<Long, ItemEvent[]> row : rows.entrySet()) {
			ItemEvent fresh = row.getValue()[0];
			ItemEvent stored = row.getValue()[1];
			if (!fresh.barcode().equals(barcode)) {
				barcode = fresh.barcode();
				rank = Vocabulary.statusRank(stored.status());
			}
			Conflict conflict = conflict(row.getKey(), fresh, stored, rank);
			if (conflict == null) {
				rank = Vocabulary.statusRank(fresh.status());
			}
			else {
				conflicts.add(conflict);
			}
		}
		delete(fileId, conflicts);
		return conflicts;
	}

	private static Conflict conflict(long line, ItemEvent fresh, ItemEvent stored, int rank) {
		String changed = stored.changedFixedField(fresh);
		if (changed != null) {
			return new Conflict(line, changed,
					"differs from the item stored from earlier files (fixed at acceptance); the stored item is kept");
		}
		if (Vocabulary.statusRank(fresh.status()) <= rank) {
			return new Conflict(line, "trang_thai", "status " + fresh.status()
					+ " would move the item back or repeat it: earlier files already say " + stored.status());
		}
		return null;
	}

	private static ItemEvent event(ResultSet rs, String barcode, int first) throws SQLException {
		return new ItemEvent(barcode, rs.getString(first), rs.getTimestamp(first + 2).toLocalDateTime(), "",
				rs.getString(first + 3), rs.getString(first + 4), rs.getString(first + 5), rs.getString(first + 6),
				rs.getString(first + 7), rs.getInt(first + 8), rs.getLong(first + 9), null, null, true);
	}

	private void delete(long fileId, List<Conflict> conflicts) {
		this.jdbc.batchUpdate("DELETE FROM item_event WHERE file_id = ? AND line = ?", conflicts, 500,
				(ps, conflict) -> {
					ps.setLong(1, fileId);
					ps.setLong(2, conflict.line());
				});
	}

}
