package vn.kt1.batch.alert;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: every message, written before anything is sent. A message, its attachments and
 * the keys of the events it tells of are written in one transaction; the keys are unique, so
 * an event detected again (after a crash, by a second process, by the listener and then the
 * poll) records nothing.
 */
@Repository
public class Outbox {

	/** next_attempt_at is in the database's clock: read as this process's time by its distance from now */
	static final String COLUMNS = "id, created_at, kind, topic, to_addresses, subject, message_id, status, attempts, "
			+ "TIMESTAMPDIFF(MICROSECOND, NOW(6), next_attempt_at) AS wait_us, unknown_outcomes, sent_at, sent_to, "
			+ "last_error";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final AlertProperties properties;

	Outbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AlertProperties properties) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.properties = properties;
	}

	/**
	 * Record a message, unless one of its events was told already.
	 * @return the message's id, empty when an event was told already (nothing is written)
	 */
	public Optional<Long> record(Alert alert) {
		try {
			return Optional.ofNullable(this.transaction.execute((status) -> insert(alert)));
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
	}

	/** @return whether a message told of this event */
	public boolean told(String eventKey) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM alert_event WHERE event_key = ?", Integer.class,
				eventKey) > 0;
	}

	/** @return those of the keys a message told of */
	public List<String> told(Collection<String> eventKeys) {
		if (eventKeys.isEmpty()) {
			return List.of();
		}
		return this.jdbc.queryForList("SELECT event_key FROM alert_event WHERE event_key IN ("
				+ String.join(",", eventKeys.stream().map((key) -> "?").toList()) + ")", String.class,
				eventKeys.toArray());
	}

	/** @return the messages, newest first; of one status when given */
	public List<OutboxEntry> list(String status, int limit) {
		String where = (status != null) ? " WHERE status = ?" : "";
		Object[] args = (status != null) ? new Object[] { status, limit } : new Object[] { limit };
		return this.jdbc.query("SELECT " + COLUMNS + " FROM alert_outbox" + where + " ORDER BY id DESC LIMIT ?",
				ENTRY, args);
	}

	/** @return how many messages have each status */
	public Map<String, Integer> counts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String status : new String[] { "PENDING", "SENDING", "SENT", "FAILED", "HELD" }) {
			counts.put(status, 0);
		}
		this.jdbc.query("SELECT status, COUNT(*) FROM alert_outbox GROUP BY status", (RowCallbackHandler) (rs) -> {
			counts.put(rs.getString(1), rs.getInt(2));
		});
		return counts;
	}

	public Optional<OutboxEntry> find(long id) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM alert_outbox WHERE id = ?", ENTRY, id).stream().findFirst();
	}

	/** @return the plain-text body of a message */
	public String bodyText(long id) {
		return this.jdbc.queryForObject("SELECT body_text FROM alert_outbox WHERE id = ?", String.class, id);
	}

	/** @return the names of a message's attachments and their sizes in bytes */
	public Map<String, Long> attachments(long id) {
		Map<String, Long> files = new LinkedHashMap<>();
		this.jdbc.query("SELECT file_name, LENGTH(content) FROM alert_attachment WHERE outbox_id = ? ORDER BY id",
				(RowCallbackHandler) (rs) -> {
					files.put(rs.getString(1), rs.getLong(2));
				}, id);
		return files;
	}

	/**
	 * Make a message that failed, was held or is waiting between attempts due now, its count
	 * of attempts back to 0.
	 * @return whether it could be retried (a message sent or being sent cannot)
	 */
	public boolean retry(long id) {
		return this.jdbc.update("UPDATE alert_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = NOW(6), "
				+ "last_error = NULL WHERE id = ? AND status IN ('PENDING', 'FAILED', 'HELD')", id) == 1;
	}

	private Long insert(Alert alert) {
		KeyHolder key = new GeneratedKeyHolder();
		Timestamp now = Timestamp.from(Instant.now());
		String subject = (this.properties.subjectPrefix().isEmpty() ? "" : this.properties.subjectPrefix() + " ")
				+ alert.subject();
		this.jdbc.update((connection) -> {
			PreparedStatement insert = connection.prepareStatement("INSERT INTO alert_outbox (kind, topic, "
					+ "to_addresses, subject, body_text, body_html, message_id, created_at, status, next_attempt_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', NOW(6))", Statement.RETURN_GENERATED_KEYS);
			insert.setString(1, alert.kind().name());
			insert.setString(2, alert.topic().key());
			insert.setString(3, alert.to().isEmpty() ? null : String.join(", ", alert.to()));
			insert.setString(4, (subject.length() > 500) ? subject.substring(0, 497) + "..." : subject);
			insert.setString(5, alert.letter().text());
			insert.setString(6, alert.letter().html());
			insert.setString(7, messageId());
			insert.setTimestamp(8, now);
			return insert;
		}, key);
		long id = key.getKey().longValue();
		for (Attachment file : alert.attachments()) {
			this.jdbc.update("INSERT INTO alert_attachment (outbox_id, file_name, content_type, content) "
					+ "VALUES (?, ?, ?, ?)", id, file.fileName(), file.contentType(), file.content());
		}
		for (String eventKey : alert.eventKeys()) {
			this.jdbc.update("INSERT INTO alert_event (event_key, outbox_id) VALUES (?, ?)", eventKey, id);
		}
		return id;
	}

	/** @return a Message-ID in the sender's domain, e.g. {@code <3f2a...@stc.dongthap.gov.vn>} */
	private String messageId() {
		String from = this.properties.from();
		int at = from.lastIndexOf('@');
		String domain = (at >= 0) ? from.substring(at + 1).replace(">", "").trim() : "kt1-batch.local";
		return "<" + UUID.randomUUID() + ".kt1@" + domain + ">";
	}

	private static final RowMapper<OutboxEntry> ENTRY = (rs, n) -> new OutboxEntry(rs.getLong("id"),
			time(rs, "created_at"), AlertKind.valueOf(rs.getString("kind")),
			Topic.ofKey(rs.getString("topic")).orElseThrow(), rs.getString("to_addresses"), rs.getString("subject"),
			rs.getString("message_id"), rs.getString("status"), rs.getInt("attempts"),
			LocalDateTime.now().plusNanos(rs.getLong("wait_us") * 1000),
			rs.getInt("unknown_outcomes"), time(rs, "sent_at"), rs.getString("sent_to"), rs.getString("last_error"));

	private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toLocalDateTime() : null;
	}

}
