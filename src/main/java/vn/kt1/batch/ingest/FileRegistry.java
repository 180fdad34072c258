package vn.kt1.batch.ingest;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The registry of received files: one row per file found in the inbox, recognised by its
 * content hash whatever its name. Only content that is loaded (or waiting to load) counts as
 * seen: a refused file gives its content up, so that the same bytes may be sent again once
 * the reason is gone.
 */
@Repository
public class FileRegistry {

	private static final int REASON_LENGTH = 2000;

	private static final String COLUMNS = "id, kind, stored_path, sha256, status, reason, size_bytes, modified_us, "
			+ "event_time, duplicate_of";

	private static final RowMapper<InputFile> MAPPER = FileRegistry::file;

	private final JdbcTemplate jdbc;

	FileRegistry(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	private static InputFile file(ResultSet rs, int n) throws SQLException {
		Long modified = rs.getObject(8, Long.class);
		Timestamp eventTime = rs.getTimestamp(9);
		return new InputFile(rs.getLong(1), InputKind.valueOf(rs.getString(2)), Path.of(rs.getString(3)),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7),
				(modified != null) ? Instant.EPOCH.plus(modified, ChronoUnit.MICROS) : null,
				(eventTime != null) ? eventTime.toLocalDateTime() : null, rs.getObject(10, Long.class));
	}

	/** @return the registration that owns this content: loaded, or waiting to load */
	Optional<InputFile> findByContent(String sha256) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM input_file WHERE content_key = ?", MAPPER, sha256)
			.stream()
			.findFirst();
	}

	/**
	 * Register a file that was read: waiting to load, or a duplicate of the file that owns its
	 * content.
	 */
	long register(InboxEntry entry, Path path, String sha256, LocalDate businessDate, long executionId,
			InputFile duplicateOf, String originalName) {
		boolean duplicate = duplicateOf != null;
		return insert(entry.kind(), path, sha256, duplicate ? null : sha256, duplicate ? duplicateOf.id() : null,
				entry.size(), entry.modified(), duplicate ? "DUPLICATE" : "PENDING",
				duplicate ? duplicateReason(duplicateOf) : null, businessDate, executionId, originalName);
	}

	/** Register a file refused before its content was read (a link, an unreadable entry). */
	long registerRefused(InboxEntry entry, LocalDate businessDate, long executionId) {
		return insert(entry.kind(), entry.path(), null, null, null, entry.size(), entry.modified(), "REFUSED",
				entry.reason(), businessDate, executionId, null);
	}

	private long insert(InputKind kind, Path file, String sha256, String contentKey, Long duplicateOf, long size,
			Instant modified, String status, String reason, LocalDate businessDate, long executionId,
			String originalName) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var insert = connection.prepareStatement("INSERT INTO input_file (kind, file_name, original_name, "
					+ "stored_path, sha256, content_key, duplicate_of, size_bytes, modified_us, status, reason, "
					+ "business_date, registered_at, job_execution_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			insert.setString(1, kind.name());
			insert.setString(2, clip(file.getFileName().toString(), 500));
			insert.setString(3, (originalName != null) ? clip(originalName, 1000) : null);
			insert.setString(4, file.toString());
			insert.setString(5, sha256);
			insert.setString(6, contentKey);
			insert.setObject(7, duplicateOf);
			insert.setLong(8, size);
			insert.setObject(9, micros(modified));
			insert.setString(10, status);
			insert.setString(11, (reason != null) ? clip(reason, REASON_LENGTH) : null);
			insert.setObject(12, businessDate);
			insert.setTimestamp(13, Timestamp.from(Instant.now()));
			insert.setLong(14, executionId);
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	private static String duplicateReason(InputFile original) {
		return "skipped: same content as file #" + original.id() + " (" + original.name() + ")";
	}

	/** @return the throughput files waiting to load */
	List<InputFile> pendingThroughput() {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM input_file WHERE status = 'PENDING' "
				+ "AND kind = 'THROUGHPUT' ORDER BY id", MAPPER);
	}

	void eventTime(long id, LocalDateTime time) {
		this.jdbc.update("UPDATE input_file SET event_time = ? WHERE id = ?", time, id);
	}

	/**
	 * @return the files waiting to be loaded, in the order they load: throughput first, in
	 * event time (the latest date-time in the file; ties by content hash, so that neither
	 * names nor arrival change the order), then usage reports and vouchers in the order they
	 * were written (a report sent again replaces the earlier one; ties by name), then
	 * incident registers, budget proposals and allocations (each in the order written)
	 * @param limit the most files to return
	 */
	List<PendingFile> pending(int limit) {
		return this.jdbc.query("SELECT " + COLUMNS + ", load_attempts, load_crashes FROM input_file WHERE status = 'PENDING' "
				+ "ORDER BY FIELD(kind, 'THROUGHPUT', 'USAGE', 'SPENDING', 'INCIDENTS', 'PROPOSALS', 'ALLOCATIONS'), "
				+ "event_time IS NULL, event_time, "
				+ "CASE WHEN kind = 'THROUGHPUT' THEN sha256 END, modified_us, file_name COLLATE utf8mb4_bin, sha256, "
				+ "id LIMIT ?", (rs, n) -> new PendingFile(file(rs, n), rs.getInt(11), rs.getInt(12)), limit);
	}

	/**
	 * A file waiting to be loaded.
	 * @param attempts how often its load was started before (with other files, or alone)
	 * @param crashes how often the process stopped while this file was being loaded
	 */
	record PendingFile(InputFile file, int attempts, int crashes) {
	}

	/** Count an attempt to load each file; the caller commits it at once. */
	void attempt(List<Long> ids) {
		this.jdbc.batchUpdate("UPDATE input_file SET load_attempts = load_attempts + 1 WHERE id = ?", ids, 500,
				(ps, id) -> ps.setLong(1, id));
	}

	/** The process stopped while the file was being loaded (it has not been decided since). */
	void crashed(long id) {
		this.jdbc.update("UPDATE input_file SET load_crashes = load_crashes + 1 WHERE id = ? AND status = 'PENDING'",
				id);
	}

	void started(long id) {
		this.jdbc.update("UPDATE input_file SET started_at = ? WHERE id = ?", Timestamp.from(Instant.now()), id);
	}

	void finish(long id, String status, LoadOutcome outcome, String reason) {
		boolean loaded = "LOADED".equals(status);
		this.jdbc.update("UPDATE input_file SET status = ?, rows_read = ?, rows_loaded = ?, rows_rejected = ?, "
				+ "rows_known = ?, reason = ?, finished_at = ?, content_key = CASE WHEN ? THEN content_key END, "
				+ "event_time = COALESCE(?, event_time) WHERE id = ?", status, outcome.rowsRead(),
				loaded ? outcome.rowsLoaded() : 0, outcome.rejected().count(), loaded ? outcome.rowsKnown() : 0,
				(reason != null) ? clip(reason, REASON_LENGTH) : null, Timestamp.from(Instant.now()), loaded,
				outcome.eventTime(), id);
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
		this.jdbc.update("UPDATE input_file SET stored_path = ?, archived_at = ?, archive_error = NULL WHERE id = ?",
				storedPath.toString(), Timestamp.from(Instant.now()), id);
	}

	void archiveFailed(long id, String error) {
		this.jdbc.update("UPDATE input_file SET archive_error = ? WHERE id = ?", clip(error, 1000), id);
	}

	void reason(long id, String reason) {
		this.jdbc.update("UPDATE input_file SET reason = ? WHERE id = ?", clip(reason, REASON_LENGTH), id);
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
				+ "TIMESTAMPDIFF(MICROSECOND, started_at, finished_at), rows_known FROM input_file "
				+ "WHERE job_execution_id = ? ORDER BY id",
				(rs, n) -> new FileSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getString(8), rs.getLong(9) / 1000,
						rs.getLong(10)),
				executionId);
	}

	/** @return the time in microseconds since 1970-01-01 UTC, or {@code null} */
	static Long micros(Instant time) {
		return (time != null) ? ChronoUnit.MICROS.between(Instant.EPOCH, time) : null;
	}

	static String clip(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
