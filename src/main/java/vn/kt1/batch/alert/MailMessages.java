package vn.kt1.batch.alert;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Builds the MIME message of an outbox row: UTF-8 subject, plain text and HTML alternatives,
 * the stored attachments, and the row's Message-ID and date on every attempt, so a message
 * sent twice is the same message twice.
 */
@Component
class MailMessages {

	private final JdbcTemplate jdbc;

	private final AlertProperties properties;

	MailMessages(JdbcTemplate jdbc, AlertProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	MimeMessage build(Session session, long id, List<String> to) throws MessagingException {
		Row row = this.jdbc.queryForObject("SELECT subject, body_text, body_html, message_id, created_at "
				+ "FROM alert_outbox WHERE id = ?", (rs, n) -> new Row(rs.getString(1), rs.getString(2),
						rs.getString(3), rs.getString(4), rs.getTimestamp(5)), id);
		MimeMessage message = new FixedIdMessage(session, row.messageId());
		MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
		helper.setFrom(this.properties.from());
		helper.setTo(to.toArray(String[]::new));
		helper.setSubject(row.subject());
		helper.setSentDate(new Date(row.createdAt().getTime()));
		helper.setText(row.text(), row.html());
		this.jdbc.query("SELECT file_name, content_type, content FROM alert_attachment WHERE outbox_id = ? ORDER BY id",
				(rs) -> {
					try {
						helper.addAttachment(rs.getString(1), new ByteArrayResource(rs.getBytes(3)), rs.getString(2));
					}
					catch (MessagingException ex) {
						throw new IllegalStateException("attachment " + rs.getString(1) + ": " + ex.getMessage(), ex);
					}
				}, id);
		message.saveChanges();
		return message;
	}

	private record Row(String subject, String text, String html, String messageId, Timestamp createdAt) {
	}

	/** A message that keeps its stored Message-ID instead of a new one at each save. */
	private static final class FixedIdMessage extends MimeMessage {

		private final String messageId;

		FixedIdMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.messageId);
		}

	}

}
