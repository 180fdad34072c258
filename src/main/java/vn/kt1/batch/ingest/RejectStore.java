package vn.kt1.batch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
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

	void save(long fileId, RejectedRows rows) {
		Path spooled = rows.spooled();
		if (spooled != null) {
			this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
				try (Statement statement = connection.createStatement();
						InputStream in = Files.newInputStream(spooled)) {
					statement.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(in);
					statement.execute("LOAD DATA LOCAL INFILE 'rejects.tsv' INTO TABLE input_reject CHARACTER SET utf8mb4 "
							+ "(line, column_code, reason, raw_values) SET file_id = " + fileId);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				return null;
			});
			return;
		}
		this.jdbc.batchUpdate("INSERT INTO input_reject (file_id, line, column_code, reason, raw_values) "
				+ "VALUES (?, ?, ?, ?, ?)", rows.held(), 100, (ps, row) -> {
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

	static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
