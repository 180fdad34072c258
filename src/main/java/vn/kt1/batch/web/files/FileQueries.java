package vn.kt1.batch.web.files;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.kt1.batch.web.Paging;

/** The file registry as the console pages through it, newest first by primary key. */
@Repository
class FileQueries {

	private final JdbcTemplate jdbc;

	FileQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long count(Filter filter) {
		List<Object> arguments = new ArrayList<>();
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM input_file" + filter.where(arguments), Long.class,
				arguments.toArray());
	}

	List<Row> page(Filter filter, Paging paging) {
		List<Object> arguments = new ArrayList<>();
		String where = filter.where(arguments);
		arguments.add(paging.size());
		arguments.add(paging.offset());
		return this.jdbc.query("SELECT id, kind, file_name, status, rows_read, rows_loaded, rows_rejected, reason, "
				+ "business_date, registered_at, duplicate_of, size_bytes FROM input_file" + where
				+ " ORDER BY id DESC LIMIT ? OFFSET ?",
				(rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
						rs.getLong(6), rs.getLong(7), rs.getString(8), rs.getObject(9, LocalDate.class),
						rs.getTimestamp(10).toLocalDateTime(), (Long) rs.getObject(11), rs.getLong(12)),
				arguments.toArray());
	}

	/** @return the registration that holds this content already, if any */
	Optional<Row> byContent(String sha256) {
		return this.jdbc.query("SELECT id, kind, file_name, status, rows_read, rows_loaded, rows_rejected, reason, "
				+ "business_date, registered_at, duplicate_of, size_bytes FROM input_file WHERE content_key = ?",
				(rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
						rs.getLong(6), rs.getLong(7), rs.getString(8), rs.getObject(9, LocalDate.class),
						rs.getTimestamp(10).toLocalDateTime(), (Long) rs.getObject(11), rs.getLong(12)),
				sha256)
			.stream()
			.findFirst();
	}

	/**
	 * What the registry is filtered by; each may be {@code null}.
	 *
	 * @param status {@code LOADED}, {@code REFUSED}, {@code DUPLICATE}, {@code PENDING}
	 * @param kind {@code THROUGHPUT}, {@code USAGE}, {@code SPENDING}
	 * @param name the start of the file name
	 * @param from business dates from this day
	 * @param to business dates to this day
	 */
	record Filter(String status, String kind, String name, LocalDate from, LocalDate to) {

		String where(List<Object> arguments) {
			StringBuilder where = new StringBuilder(" WHERE 1 = 1");
			if (this.status != null && !this.status.isBlank()) {
				where.append(" AND status = ?");
				arguments.add(this.status);
			}
			if (this.kind != null && !this.kind.isBlank()) {
				where.append(" AND kind = ?");
				arguments.add(this.kind);
			}
			if (this.name != null && !this.name.isBlank()) {
				where.append(" AND file_name LIKE ?");
				arguments.add(Paging.startingWith(this.name));
			}
			if (this.from != null) {
				where.append(" AND business_date >= ?");
				arguments.add(this.from);
			}
			if (this.to != null) {
				where.append(" AND business_date <= ?");
				arguments.add(this.to);
			}
			return where.toString();
		}

	}

	record Row(long id, String kind, String name, String status, long rowsRead, long rowsLoaded, long rowsRejected,
			String reason, LocalDate businessDate, LocalDateTime registeredAt, Long duplicateOf, long size) {
	}

	static Timestamp timestamp(LocalDateTime time) {
		return Timestamp.valueOf(time);
	}

}
