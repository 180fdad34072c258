package vn.kt1.batch.ingest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.kt1.batch.shared.input.InputError;

/** Stores and reads the rejected rows of each file. */
@Repository
public class RejectStore {

	private final JdbcTemplate jdbc;

	RejectStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void save(long fileId, List<RejectedRow> rows) {
		this.jdbc.batchUpdate("INSERT INTO input_reject (file_id, line, column_code, reason, raw_values) "
				+ "VALUES (?, ?, ?, ?, ?)", rows, 100, (ps, row) -> {
					ps.setLong(1, fileId);
					ps.setLong(2, row.error().line());
					ps.setString(3, row.error().column());
					ps.setString(4, truncate(row.error().reason(), 1000));
					ps.setString(5, JsonArrays.write(row.rawValues()));
				});
	}

	/** @return the file's rejected rows in line order */
	public List<RejectedRow> find(long fileId, String fileName) {
		List<RejectedRow> rows = new ArrayList<>();
		this.jdbc.query("SELECT line, column_code, reason, raw_values FROM input_reject WHERE file_id = ? "
				+ "ORDER BY line, id", (rs) -> {
					rows.add(new RejectedRow(new InputError(fileName, rs.getLong(1), rs.getString(2), rs.getString(3)),
							JsonArrays.read(rs.getString(4))));
				}, fileId);
		return rows;
	}

	void deleteFor(long fileId) {
		this.jdbc.update("DELETE FROM input_reject WHERE file_id = ?", fileId);
	}

	private static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
