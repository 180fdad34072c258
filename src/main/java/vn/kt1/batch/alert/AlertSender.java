package vn.kt1.batch.alert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.ExecutionOwner;
import vn.kt1.batch.admin.ExecutionOwners;
import vn.kt1.batch.admin.ProcessIdentity;

/**
 * Sends the outbox through the mail server of {@code spring.mail.*}. Each attempt first claims
 * its message in the database (status {@code SENDING}, this process, until when), so that no
 * two processes ever send one message at the same time; the claim holds while this process
 * lives, by the liveness rule of job executions (its {@code kt1_process} row and pid, or its
 * heartbeat), and at most {@code kt1.alerts.claim-timeout}. The mail transport marks the
 * moment before it ends the message's data ({@code handed_over_at}); success marks it
 * {@code SENT}; a failure leaves it {@code PENDING} until its next attempt, with a wait that
 * doubles, and {@code FAILED} after the last.
 * <p>
 * A message whose sender died is taken over at once: if it had not been handed over, the
 * server has nothing and it is simply sent; if it had, the outcome is unknown, it is sent
 * again with the same Message-ID (so the copy is detectable) and counted in
 * {@code unknown_outcomes}.
 */
@Component
public class AlertSender {

	private static final Logger logger = LoggerFactory.getLogger(AlertSender.class);

	private final JdbcTemplate jdbc;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailMessages messages;

	private final Recipients recipients;

	private final ExecutionOwners owners;

	private final AlertProperties properties;

	AlertSender(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mailSender, MailMessages messages,
			Recipients recipients, ExecutionOwners owners, AlertProperties properties) {
		this.jdbc = jdbc;
		this.mailSender = mailSender;
		this.messages = messages;
		this.recipients = recipients;
		this.owners = owners;
		this.properties = properties;
	}

	/** @return whether a mail server is configured ({@code spring.mail.host}) */
	public boolean mailConfigured() {
		return server().isPresent();
	}

	/**
	 * Send every message that is due, oldest first, until one fails (the server is likely
	 * down: the others wait for the next round).
	 * @return one delivery per message tried; empty when no mail server is configured
	 */
	public List<Delivery> deliverDue() {
		if (!mailConfigured()) {
			return List.of();
		}
		requeueHeld();
		List<Delivery> deliveries = new ArrayList<>();
		for (Long id : this.jdbc.queryForList("SELECT id FROM alert_outbox WHERE (status = 'PENDING' AND "
				+ "next_attempt_at <= NOW(6)) OR status = 'SENDING' ORDER BY id LIMIT 200", Long.class)) {
			Delivery delivery = deliver(id, true);
			if (!"SKIPPED".equals(delivery.status())) {
				deliveries.add(delivery);
			}
			if (delivery.failed()) {
				break;
			}
		}
		return deliveries;
	}

	/**
	 * Send one message now, if it is due or its sender died.
	 * @param retry whether a failure waits for a next attempt ({@code false}: it is {@code FAILED} at once)
	 */
	public Delivery deliver(long id, boolean retry) {
		Optional<JavaMailSenderImpl> server = server();
		if (server.isEmpty()) {
			return new Delivery(id, "SKIPPED", "no mail server is configured (spring.mail.host)");
		}
		String self = self();
		if (!claim(id, self)) {
			return new Delivery(id, "SKIPPED", "not due, or being sent by another process");
		}
		List<String> to = addresses(id);
		if (to.isEmpty()) {
			Topic topic = topic(id);
			String reason = "no recipients: set kt1.alerts.recipients." + topic.key();
			this.jdbc.update("UPDATE alert_outbox SET status = 'HELD', attempts = attempts - 1, claimed_by = NULL, "
					+ "claimed_until = NULL, last_error = ? WHERE id = ? AND claimed_by = ?", reason, id, self);
			return new Delivery(id, "HELD", reason);
		}
		try {
			send(server.get(), id, to, self);
		}
		catch (MessagingException | RuntimeException ex) {
			return failed(id, self, ex, retry);
		}
		if (this.jdbc.update("UPDATE alert_outbox SET status = 'SENT', sent_at = ?, sent_to = ?, "
				+ "claimed_by = NULL, claimed_until = NULL, last_error = NULL WHERE id = ? AND claimed_by = ?",
				java.sql.Timestamp.from(java.time.Instant.now()), String.join(", ", to), id, self) == 0) {
			logger.warn("Alert {} was sent, but another process had taken it over meanwhile", id);
		}
		logger.info("Alert {} sent to {}", id, to);
		return new Delivery(id, "SENT", String.join(", ", to));
	}

	private void send(JavaMailSenderImpl server, long id, List<String> to, String self) throws MessagingException {
		MimeMessage message = this.messages.build(server.getSession(), id, to);
		String username = "".equals(server.getUsername()) ? null : server.getUsername();
		String password = (username == null && "".equals(server.getPassword())) ? null : server.getPassword();
		HandOverSmtpTransport transport = new HandOverSmtpTransport(server.getSession(),
				new URLName(server.getProtocol(), server.getHost(), server.getPort(), null, username, null),
				server.getProtocol(), () -> handOver(id, self));
		transport.connect(server.getHost(), server.getPort(), username, password);
		try {
			transport.sendMessage(message, message.getAllRecipients());
		}
		finally {
			transport.close();
		}
	}

	private void handOver(long id, String self) {
		if (this.jdbc.update("UPDATE alert_outbox SET handed_over_at = NOW(6) WHERE id = ? AND claimed_by = ?", id,
				self) == 0) {
			throw new IllegalStateException("alert " + id + " was taken over by another process: not handed over");
		}
	}

	private Delivery failed(long id, String self, Exception ex, boolean retry) {
		String reason = reason(ex);
		int attempts = this.jdbc.queryForObject("SELECT attempts FROM alert_outbox WHERE id = ?", Integer.class, id);
		boolean last = !retry || attempts >= this.properties.maxAttempts();
		long waitMicros = this.properties.retryAfter(attempts).toNanos() / 1000;
		this.jdbc.update("UPDATE alert_outbox SET status = ?, next_attempt_at = NOW(6) + INTERVAL ? MICROSECOND, "
				+ "claimed_by = NULL, claimed_until = NULL, handed_over_at = NULL, last_error = ? "
				+ "WHERE id = ? AND claimed_by = ?", last ? "FAILED" : "PENDING", waitMicros,
				(reason.length() > 2000) ? reason.substring(0, 2000) : reason, id, self);
		logger.warn("Alert {}: attempt {} failed{}: {}", id, attempts, last ? " (no attempt left)" : "", reason);
		return new Delivery(id, last ? "FAILED" : "PENDING", reason);
	}

	/**
	 * Claim a message that is due, or one whose sender is gone or held it too long.
	 * @return whether this process has it now
	 */
	private boolean claim(long id, String self) {
		long leaseMicros = this.properties.claimTimeout().toNanos() / 1000;
		if (this.jdbc.update("UPDATE alert_outbox SET status = 'SENDING', claimed_by = ?, "
				+ "claimed_until = NOW(6) + INTERVAL ? MICROSECOND, handed_over_at = NULL, attempts = attempts + 1 "
				+ "WHERE id = ? AND status = 'PENDING' AND next_attempt_at <= NOW(6)", self, leaseMicros, id) == 1) {
			return true;
		}
		List<Claim> claims = this.jdbc.query("SELECT o.claimed_by, o.claimed_until < NOW(6), p.host, p.pid, "
				+ "p.pid_started_ms, TIMESTAMPDIFF(MICROSECOND, p.heartbeat_at, NOW(6)) DIV 1000 FROM alert_outbox o "
				+ "LEFT JOIN kt1_process p ON p.id = o.claimed_by WHERE o.id = ? AND o.status = 'SENDING'",
				(rs, n) -> new Claim(rs.getString(1), rs.getBoolean(2),
						new ExecutionOwner(id, new ProcessIdentity(rs.getString(1), rs.getString(3), rs.getLong(4),
								rs.getObject(5, Long.class)), rs.getObject(6, Long.class))),
				id);
		if (claims.isEmpty() || self.equals(claims.get(0).process()) || (!claims.get(0).expired()
				&& this.owners.isAlive(claims.get(0).owner()))) {
			return false;
		}
		// evaluated left to right: the count reads handed_over_at before it is cleared
		boolean taken = this.jdbc.update("UPDATE alert_outbox SET "
				+ "unknown_outcomes = unknown_outcomes + (handed_over_at IS NOT NULL), claimed_by = ?, "
				+ "claimed_until = NOW(6) + INTERVAL ? MICROSECOND, handed_over_at = NULL, attempts = attempts + 1 "
				+ "WHERE id = ? AND status = 'SENDING' AND claimed_by = ?", self, leaseMicros, id,
				claims.get(0).process()) == 1;
		if (taken) {
			logger.warn("Alert {}: its sender {} is gone; sending it again", id, claims.get(0).process());
		}
		return taken;
	}

	private List<String> addresses(long id) {
		String explicit = this.jdbc.queryForObject("SELECT to_addresses FROM alert_outbox WHERE id = ?", String.class,
				id);
		if (explicit != null) {
			return Arrays.stream(explicit.split(",")).map(String::trim).filter((a) -> !a.isEmpty()).toList();
		}
		return this.recipients.of(topic(id));
	}

	private Topic topic(long id) {
		return Topic.ofKey(this.jdbc.queryForObject("SELECT topic FROM alert_outbox WHERE id = ?", String.class, id))
			.orElseThrow();
	}

	/** Messages held for want of recipients go again once their topic has some. */
	private void requeueHeld() {
		for (Topic topic : Topic.values()) {
			if (!this.recipients.of(topic).isEmpty()) {
				this.jdbc.update("UPDATE alert_outbox SET status = 'PENDING', next_attempt_at = NOW(6), last_error = NULL "
						+ "WHERE status = 'HELD' AND topic = ?", topic.key());
			}
		}
	}

	private String self() {
		this.owners.register();
		return this.owners.self().id();
	}

	private Optional<JavaMailSenderImpl> server() {
		return Optional.ofNullable(this.mailSender.getIfAvailable())
			.filter(JavaMailSenderImpl.class::isInstance)
			.map(JavaMailSenderImpl.class::cast);
	}

	private static String reason(Exception ex) {
		StringBuilder reason = new StringBuilder(String.valueOf(ex.getMessage()).strip());
		Throwable cause = ex.getCause();
		while (cause != null && cause != cause.getCause()) {
			if (cause.getMessage() != null && !reason.toString().contains(cause.getMessage())) {
				reason.append("; ").append(cause.getMessage().strip());
			}
			cause = cause.getCause();
		}
		return reason.toString().replace('\n', ' ');
	}

	private record Claim(String process, boolean expired, ExecutionOwner owner) {
	}

}
