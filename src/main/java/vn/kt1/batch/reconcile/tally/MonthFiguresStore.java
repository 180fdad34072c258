package vn.kt1.batch.reconcile.tally;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes what the reports read of a run besides its agencies, exceptions and quality: its
 * {@link MonthFigures} and the files it counted; {@link ReconcileStore#clearResults} removes
 * them with the rest.
 */
@Repository
class MonthFiguresStore {

	static final List<String> TABLES = List.of("reconcile_item_split", "reconcile_continuity", "reconcile_office_day",
			"reconcile_source_file");

	/** The input files of the month's item events, counted in the database (the index on acceptance time covers it). */
	private static final String SOURCES = """
			INSERT INTO reconcile_source_file (run_id, file_id, events)
			SELECT ?, file_id, COUNT(*) FROM item_event WHERE accepted_at >= ? AND accepted_at < ? GROUP BY file_id
			""";

	private final JdbcTemplate jdbc;

	MonthFiguresStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the files whose events of the month the run counted, and marks the run as
	 * having every figure the reports read; in the month step's transaction, so a failed
	 * attempt leaves neither.
	 */
	void saveSources(long runId, YearMonth month) {
		this.jdbc.update(SOURCES, runId, Timestamp.valueOf(month.atDay(1).atStartOfDay()),
				Timestamp.valueOf(month.plusMonths(1).atDay(1).atStartOfDay()));
		this.jdbc.update("UPDATE reconcile_run SET report_figures = TRUE WHERE id = ?", runId);
	}

	void save(long runId, MonthFigures figures) {
		this.jdbc.batchUpdate("INSERT INTO reconcile_item_split (run_id, post_office_code, urgency, secrecy, item_type, "
				+ "items, fees_vnd, lost, returned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				List.copyOf(new TreeMap<>(figures.splits).entrySet()), 1000, (ps, row) -> {
					MonthFigures.Split key = row.getKey();
					long[] counts = row.getValue();
					ps.setLong(1, runId);
					ps.setString(2, key.postOffice());
					ps.setString(3, key.urgency());
					ps.setString(4, key.secrecy());
					ps.setString(5, key.itemType());
					ps.setLong(6, counts[0]);
					ps.setLong(7, counts[1]);
					ps.setLong(8, counts[2]);
					ps.setLong(9, counts[3]);
				});
		this.jdbc.batchUpdate("INSERT INTO reconcile_continuity (run_id, post_office_code, day_kind, accepted, "
				+ "accepted_night, delivered, delivered_night) VALUES (?, ?, ?, ?, ?, ?, ?)",
				List.copyOf(new TreeMap<>(figures.continuity).entrySet()), 1000, (ps, row) -> {
					int[] counts = row.getValue();
					ps.setLong(1, runId);
					ps.setString(2, row.getKey().postOffice());
					ps.setString(3, row.getKey().day().name());
					for (int i = 0; i < 4; i++) {
						ps.setInt(4 + i, counts[i]);
					}
				});
		List<Map.Entry<MonthFigures.OfficeDay, int[]>> days = List.copyOf(new TreeMap<>(figures.officeDays).entrySet());
		this.jdbc.batchUpdate("INSERT INTO reconcile_office_day (run_id, post_office_code, day, accepted) "
				+ "VALUES (?, ?, ?, ?)", days, 1000, (ps, row) -> {
					ps.setLong(1, runId);
					ps.setString(2, row.getKey().postOffice());
					ps.setDate(3, Date.valueOf(row.getKey().day()));
					ps.setInt(4, row.getValue()[0]);
				});
	}

}
