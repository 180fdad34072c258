package vn.kt1.batch.ingest.throughput;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.ingest.Vocabulary;

/**
 * The item state machine against earlier files, in event time (docs/inputs.md section 2), run in
 * the database once the file's rows are in (uncommitted) {@code item_event}. Each row of an
 * item that other files already hold is judged against what they say:
 * <ul>
 * <li>the same state with the same delivery time is a fact already stored (a file sent
 * again under another name, or saved again by another program): the row is not loaded
 * twice, and not rejected either ({@link Result#known});</li>
 * <li>a field fixed at acceptance that differs from the stored item, or a second, different
 * row for a state the item already has, is rejected and the stored item kept;</li>
 * <li>a state earlier than one stored from a file of the same or an earlier time would move
 * the item back, and is rejected; a state earlier than one stored only from later files is
 * history that arrived late, and loads.</li>
 * </ul>
 * So the same set of files ends in the same tables whatever order they arrive in. One join,
 * driven by the file's rows in line order (the optimizer, misled by the statistics of rows
 * not yet committed, may otherwise drive it from the stored side), judges every row: a
 * separate {@code DELETE} of the rows already stored, run before it, probed the same index for
 * every row again and took 29 % of a national month's ingest while it found none. The rows
 * already stored are remembered by line (a bit each) and removed after the join: one by one
 * when they are few, by that {@code DELETE} when they are many (a file sent again).
 */
final class StoredStateCheck {

	/** A row removed again: its line, the column to blame and why. */
	record Conflict(long line, String column, String reason) {
	}

	/**
	 * @param conflicts rows rejected, removed from the table (at most the limit asked for)
	 * @param known rows already stored from other files, removed from the table
	 * @param beyondLimit whether more rows than the limit conflict (then not all were removed:
	 * the file is refused)
	 */
	record Result(List<Conflict> conflicts, long known, boolean beyondLimit) {
	}

	/** One stored row of an item, with its file and that file's time. */
	private record Stored(ItemEvent event, long fileId, String fileName, LocalDateTime fileTime) {
	}

	private static final String FIELDS = "%1$s.status, %1$s.accepted_at, %1$s.sender_code, %1$s.receiver_code, "
			+ "%1$s.urgency, %1$s.secrecy, %1$s.item_type, %1$s.weight_g, %1$s.fee_vnd, %1$s.delivered_at";

	private static final String SAME_FIXED = "o.accepted_at = n.accepted_at AND o.sender_code = n.sender_code "
			+ "AND o.receiver_code = n.receiver_code AND o.urgency = n.urgency AND o.secrecy = n.secrecy "
			+ "AND o.item_type = n.item_type AND o.weight_g = n.weight_g AND o.fee_vnd = n.fee_vnd";

	/**
	 * The stored rows that may matter for a new row: those of the same or a later state, and
	 * those that disagree on a field fixed at acceptance. A stored row of an earlier state with
	 * the same fixed fields — the common case, an item moving on — is never sent to the JVM.
	 */
	private static final String JOIN = "SELECT n.line, n.barcode, " + String.format(FIELDS, "n") + ", "
			+ String.format(FIELDS, "o") + ", o.file_id, f.file_name, f.event_time FROM item_event n "
			+ "STRAIGHT_JOIN item_event o FORCE INDEX (item_event_barcode_ix) ON o.barcode = n.barcode "
			+ "AND o.file_id <> n.file_id STRAIGHT_JOIN input_file f ON f.id = o.file_id "
			+ "WHERE n.file_id = ? AND (o.status_rank >= n.status_rank OR NOT (" + SAME_FIXED + ")) ORDER BY n.line";

	/** The file's rows that other files already stored, state, delivery time and fixed fields alike. */
	private static final String DELETE_KNOWN = "DELETE n FROM item_event n STRAIGHT_JOIN item_event o "
			+ "FORCE INDEX (item_event_barcode_ix) ON o.barcode = n.barcode AND o.file_id <> n.file_id "
			+ "AND o.status = n.status AND o.delivered_at <=> n.delivered_at AND " + SAME_FIXED + " WHERE n.file_id = ?";

	/** Up to this many rows already stored are removed by line, more by {@link #DELETE_KNOWN}. */
	private static final int KNOWN_ONE_BY_ONE = 10_000;

	private static final String ANY_OTHER = "SELECT COUNT(*) FROM (SELECT 1 FROM item_event WHERE file_id <> ? LIMIT 1) o";

	private final JdbcTemplate jdbc;

	private final JdbcTemplate streaming;

	StoredStateCheck(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		// the judged rows stream through, a thousand at a time, rather than all held by the driver
		this.streaming = new JdbcTemplate(jdbc.getDataSource());
		this.streaming.setFetchSize(1000);
	}

	/**
	 * Judge the file's rows against the other files', and delete those not to keep.
	 * @param fileTime the file's time: the latest acceptance or delivery time in it
	 * @param limit the most conflicts worth keeping: with more, the file is refused anyway
	 */
	Result apply(long fileId, LocalDateTime fileTime, long limit) {
		if (this.jdbc.queryForObject(ANY_OTHER, Integer.class, fileId) == 0) {
			return new Result(List.of(), 0, false);
		}
		List<Conflict> conflicts = new ArrayList<>();
		BitSet known = new BitSet();
		Judge judge = new Judge(fileTime, conflicts, known);
		boolean[] beyond = new boolean[1];
		this.streaming.query(JOIN, (ResultSet rs) -> {
			if (conflicts.size() > limit) {
				beyond[0] = true;
				return;
			}
			judge.row(rs.getLong(1), event(rs, rs.getString(2), 3),
					new Stored(event(rs, rs.getString(2), 13), rs.getLong(23), rs.getString(24), time(rs, 25)));
		}, fileId);
		judge.end();
		if (beyond[0]) {
			return new Result(conflicts, known.cardinality(), true);
		}
		List<Long> removed = new ArrayList<>();
		conflicts.forEach((conflict) -> removed.add(conflict.line()));
		if (known.cardinality() > KNOWN_ONE_BY_ONE) {
			this.jdbc.update(DELETE_KNOWN, fileId);
		}
		else {
			known.stream().forEach((line) -> removed.add((long) line));
		}
		delete(fileId, removed);
		return new Result(conflicts, known.cardinality(), false);
	}

	/** Gathers the stored rows of each new row (they arrive together, in line order) and decides. */
	private static final class Judge {

		private final LocalDateTime fileTime;

		private final List<Conflict> conflicts;

		private final BitSet known;

		private long line = -1;

		private ItemEvent fresh;

		private final List<Stored> stored = new ArrayList<>();

		Judge(LocalDateTime fileTime, List<Conflict> conflicts, BitSet known) {
			this.fileTime = fileTime;
			this.conflicts = conflicts;
			this.known = known;
		}

		void row(long line, ItemEvent fresh, Stored stored) {
			if (line != this.line) {
				end();
				this.line = line;
				this.fresh = fresh;
			}
			this.stored.add(stored);
		}

		void end() {
			if (this.line >= 0) {
				decide();
			}
			this.stored.clear();
			this.line = -1;
		}

		private void decide() {
			for (Stored stored : this.stored) {
				if (stored.event().status().equals(this.fresh.status())
						&& Objects.equals(stored.event().deliveredAt(), this.fresh.deliveredAt())
						&& stored.event().changedFixedField(this.fresh) == null) {
					this.known.set(Math.toIntExact(this.line));
					return;
				}
			}
			Stored any = this.stored.get(0);
			String changed = any.event().changedFixedField(this.fresh);
			if (changed != null) {
				conflict(changed, "differs from the item stored from " + file(any)
						+ " (a field fixed at acceptance); the stored item is kept");
				return;
			}
			int rank = Vocabulary.statusRank(this.fresh.status());
			for (Stored stored : this.stored) {
				if (Vocabulary.statusRank(stored.event().status()) == rank) {
					conflict("trang_thai", "status " + this.fresh.status() + ": the item already has "
							+ ((rank == 3) ? "a final state, " : "this state, ") + describe(stored.event()) + ", stored from "
							+ file(stored) + "; the stored item is kept");
					return;
				}
			}
			for (Stored stored : this.stored) {
				boolean sameOrEarlier = stored.fileTime() == null || this.fileTime == null
						|| !stored.fileTime().isAfter(this.fileTime);
				if (sameOrEarlier && Vocabulary.statusRank(stored.event().status()) > rank) {
					conflict("trang_thai", "status " + this.fresh.status() + " would move the item back: "
							+ file(stored) + ", of the same or an earlier time, already says "
							+ stored.event().status());
					return;
				}
			}
		}

		private void conflict(String column, String reason) {
			this.conflicts.add(new Conflict(this.line, column, reason));
		}

		private static String describe(ItemEvent event) {
			return event.status() + ((event.deliveredAt() != null) ? " at " + event.deliveredAt() : "");
		}

		private static String file(Stored stored) {
			return "file #" + stored.fileId() + " (" + stored.fileName() + ")";
		}

	}

	private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
		Timestamp time = rs.getTimestamp(column);
		return (time != null) ? time.toLocalDateTime() : null;
	}

	private static ItemEvent event(ResultSet rs, String barcode, int first) throws SQLException {
		return new ItemEvent(barcode, rs.getString(first), rs.getTimestamp(first + 1).toLocalDateTime(), "",
				rs.getString(first + 2), rs.getString(first + 3), rs.getString(first + 4), rs.getString(first + 5),
				rs.getString(first + 6), rs.getInt(first + 7), rs.getLong(first + 8), null, time(rs, first + 9), true);
	}

	private void delete(long fileId, List<Long> lines) {
		this.jdbc.batchUpdate("DELETE FROM item_event WHERE file_id = ? AND line = ?", lines, 500, (ps, line) -> {
			ps.setLong(1, fileId);
			ps.setLong(2, line);
		});
	}

}
