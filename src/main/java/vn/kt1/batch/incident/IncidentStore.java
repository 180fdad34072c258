package vn.kt1.batch.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The incidents register and its imports. */
@Repository
class IncidentStore {

	private static final String COLUMNS = "id, occurred_at, post_office_code, barcode, secrecy, kind, description, "
			+ "handling, reported_to";

	private final JdbcTemplate jdbc;

	IncidentStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Set<String> postOffices() {
		return new HashSet<>(this.jdbc.queryForList("SELECT code FROM post_office", String.class));
	}

	long recordImport(String fileName, String sha256, int rows) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var insert = connection.prepareStatement("INSERT INTO incident_import (file_name, sha256, rows_loaded, "
					+ "imported_at, imported_by) VALUES (?, ?, ?, ?, ?)", new String[] { "id" });
			insert.setString(1, fileName);
			insert.setString(2, sha256);
			insert.setInt(3, rows);
			insert.setTimestamp(4, Timestamp.from(Instant.now()));
			insert.setString(5, System.getProperty("user.name"));
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	/** @return the stored incident of the same time, post office, kind and item */
	Optional<Long> find(Incident incident) {
		return this.jdbc.queryForList("SELECT id FROM incident WHERE occurred_at = ? AND post_office_code = ? AND "
				+ "kind = ? AND barcode = ?", Long.class, incident.occurredAt(), incident.postOfficeCode(),
				incident.kind().name(), incident.barcode()).stream().findFirst();
	}

	long insert(Incident incident, long importId, long line) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var insert = connection.prepareStatement("INSERT INTO incident (occurred_at, post_office_code, barcode, "
					+ "secrecy, kind, description, handling, reported_to, import_id, line, recorded_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
			insert.setObject(1, incident.occurredAt());
			insert.setString(2, incident.postOfficeCode());
			insert.setString(3, incident.barcode());
			insert.setString(4, incident.secrecy());
			insert.setString(5, incident.kind().name());
			insert.setString(6, incident.description());
			insert.setString(7, incident.handling());
			insert.setString(8, incident.reportedTo());
			insert.setLong(9, importId);
			insert.setLong(10, line);
			insert.setTimestamp(11, Timestamp.from(Instant.now()));
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	void update(long id, Incident incident, long importId, long line) {
		this.jdbc.update("UPDATE incident SET secrecy = ?, description = ?, handling = ?, reported_to = ?, "
				+ "import_id = ?, line = ?, updated_at = ? WHERE id = ?", incident.secrecy(), incident.description(),
				incident.handling(), incident.reportedTo(), importId, line, Timestamp.from(Instant.now()), id);
	}

	/** @return the incidents from {@code from} (inclusive) to {@code to} (exclusive), oldest first */
	List<Incident> between(LocalDateTime from, LocalDateTime to) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM incident WHERE occurred_at >= ? AND occurred_at < ? "
				+ "ORDER BY occurred_at, post_office_code, id", IncidentStore::incident, from, to);
	}

	private static Incident incident(ResultSet rs, int row) throws SQLException {
		return new Incident(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3), rs.getString(4),
				rs.getString(5), IncidentKind.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
				rs.getString(9));
	}

}
