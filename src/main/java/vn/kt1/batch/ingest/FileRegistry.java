package vn.kt1.batch.ingest;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The registry of received files: one row per file found in the inbox, recognised by its
 * content hash whatever its name.
 */
@Repository
public class FileRegistry {

	private static final String COLUMNS = "id, kind, stored_path, sha256, status, reason";

	private static final RowMapper<InputFile> MAPPER = (rs, n) -> new InputFile(rs.getLong(1),
			InputKind.valueOf(rs.getString(2)), Path.of(rs.getString(3)), rs.getString(4), rs.getString(5),
			rs.getString(6));

	private final JdbcTemplate jdbc;

	FileRegistry(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the registration that owns this content (pending, loaded or refused) */
	Optional<InputFile> findByContent(String sha256) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM input_file WHERE content_key = ?", MAPPER, sha256)
			.stream()
			.findFirst();
	}

	long register(InputKind kind, Path file, String sha256, long size, LocalDate businessDate, long executionId,
			InputFile duplicateOf) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var insert = connection.prepareStatement("INSERT INTO input_file (kind, file_name, stored_path, sha256, "
					+ "content_key, duplicate_of, size_bytes, status, reason, business_date, registered_at, "
					+ "job_execution_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
			insert.setString(1, kind.name());
			insert.setString(2, file.getFileName().toString());
			insert.setString(3, file.toString());
			insert.setString(4, sha256);
			insert.setString(5, (duplicateOf != null) ? null : sha256);
			insert.setObject(6, (duplicateOf != null) ? duplicateOf.id() : null);
			insert.setLong(7, size);
			insert.setString(8, (duplicateOf != null) ? "DUPLICATE" : "PENDING");
			insert.setString(9, (duplicateOf != null) ? duplicateReason(duplicateOf) : null);
			insert.setObject(10, businessDate);
			insert.setTimestamp(11, Timestamp.from(Instant.now()));
			insert.setLong(12, executionId);
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	private static String duplicateReason(InputFile original) {
		return "skipped: same content as file #" + original.id() + " (" + original.path().getFileName() + ", "
				+ original.status() + ")";
	}

	/** @return the next file waiting to be loaded: throughput first, each kind in name order */
	Optional<InputFile> nextPending() {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM input_file WHERE status = 'PENDING' "
				+ "ORDER BY FIELD(kind, 'THROUGHPUT', 'USAGE', 'SPENDING'), file_name COLLATE utf8mb4_bin, id LIMIT 1",
				MAPPER)
			.stream()
			.findFirst();
	}

	void started(long id) {
		this.jdbc.update("UPDATE input_file SET started_at = ? WHERE id = ?", Timestamp.from(Instant.now()), id);
	}

	void finish(long id, String status, LoadOutcome outcome, long rejected, String reason) {
		this.jdbc.update("UPDATE input_file SET status = ?, rows_read = ?, rows_loaded = ?, rows_rejected = ?, "
				+ "reason = ?, finished_at = ? WHERE id = ?", status, outcome.rowsRead(),
				"LOADED".equals(status) ? outcome.rowsLoaded() : 0, rejected, reason, Timestamp.from(Instant.now()),
				id);
	}

	/** @return whether a file at this place is registered and has not left the inbox yet */
	boolean isRegisteredInPlace(Path file) {
		return !this.jdbc.queryForList("SELECT id FROM input_file WHERE stored_path = ? AND archived_at IS NULL",
				Long.class, file.toString()).isEmpty();
	}

	/** @return files decided (loaded, refused, duplicate) but still in the inbox */
	List<InputFile> toArchive() {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM input_file WHERE status <> 'PENDING' "
				+ "AND archived_at IS NULL ORDER BY id", MAPPER);
	}

	void archived(long id, Path storedPath) {
		this.jdbc.update("UPDATE input_file SET stored_path = ?, archived_at = ? WHERE id = ?", storedPath.toString(),
				Timestamp.from(Instant.now()), id);
	}

	/** @return how many files the registry holds */
	public long count() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM input_file", Long.class);
	}

	/** @return the file's registration, if any */
	public Optional<InputFile> find(long id) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM input_file WHERE id = ?", MAPPER, id).stream().findFirst();
	}

	/** @return the files one job execution registered, with their counts, for a summary */
	public List<FileSummary> summary(long executionId) {
		return this.jdbc.query("SELECT id, kind, file_name, status, rows_read, rows_loaded, rows_rejected, reason, "
				+ "TIMESTAMPDIFF(MICROSECOND, started_at, finished_at) FROM input_file WHERE job_execution_id = ? "
				+ "ORDER BY id", (rs, n) -> new FileSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getString(8),
						rs.getLong(9) / 1000),
				executionId);
	}

}
