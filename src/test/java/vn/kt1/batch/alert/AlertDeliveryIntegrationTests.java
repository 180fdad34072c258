package vn.kt1.batch.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

import vn.kt1.batch.CommandLineCapture;
import vn.kt1.batch.Kt1CommandLine;
import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.admin.ExecutionOwners;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sender against a real SMTP server (GreenMail) behind a relay that can play it down:
 * messages written while the server is down are all delivered, each exactly once, once it is
 * up; retries wait longer each time and stop at the last attempt; two senders at once never
 * send one message twice; and {@code kt1 alerts} lists, tests, shows and retries.
 */
@Kt1IntegrationTest
class AlertDeliveryIntegrationTests {

	private static final String ADMIN = "quantri@kt1.test";

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Outbox outbox;

	@Autowired
	private AlertSender sender;

	@Autowired
	private AlertProperties properties;

	@Autowired
	private MailMessages messages;

	@Autowired
	private Recipients recipients;

	@Autowired
	private ExecutionOwners owners;

	@Autowired
	private Kt1CommandLine commandLine;

	@BeforeEach
	void emptyOutbox() {
		AlertTestSupport.clear(this.jdbc);
		MailTestServer.reset();
	}

	@Test
	void messagesWrittenWhileTheServerIsDownAreDeliveredExactlyOnceWhenItIsUp() {
		MailTestServer.proxy().down();
		List<Long> ids = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			ids.add(record("sự cố " + i));
		}

		List<Delivery> first = this.sender.deliverDue();
		assertThat(first).hasSize(1).allSatisfy((d) -> assertThat(d.status()).isEqualTo("PENDING"));
		assertThat(secondsToWait(ids.get(0))).as("the first retry waits 30 s").isBetween(25L, 31L);
		this.sender.deliverDue();
		this.sender.deliverDue();
		AlertTestSupport.waitPassed(this.jdbc);
		this.sender.deliverDue();
		assertThat(secondsToWait(ids.get(0))).as("the second retry waits twice as long").isBetween(55L, 61L);
		assertThat(MailTestServer.received()).isEmpty();
		assertThat(this.outbox.find(ids.get(0)).orElseThrow().lastError()).isNotBlank();

		MailTestServer.proxy().up();
		AlertTestSupport.waitPassed(this.jdbc);
		while (!this.sender.deliverDue().isEmpty()) {
			AlertTestSupport.waitPassed(this.jdbc);
		}
		assertThat(this.sender.deliverDue()).isEmpty();

		for (long id : ids) {
			OutboxEntry entry = this.outbox.find(id).orElseThrow();
			assertThat(entry.status()).isEqualTo("SENT");
			assertThat(entry.attempts()).as("a failed attempt, then the one that sent it").isGreaterThanOrEqualTo(2);
			assertThat(entry.sentTo()).isEqualTo(ADMIN);
			assertThat(withId(entry.messageId())).as("message %d", id).hasSize(1);
		}
		assertThat(MailTestServer.received()).hasSize(3);
	}

	@Test
	void aMessageFailsAfterItsLastAttemptAndKt1AlertsRetrySendsIt() {
		MailTestServer.proxy().down();
		long id = record("máy chủ thư không nhận");
		for (int attempt = 1; attempt <= this.properties.maxAttempts(); attempt++) {
			AlertTestSupport.waitPassed(this.jdbc);
			this.sender.deliverDue();
		}
		assertThat(this.outbox.find(id).orElseThrow().status()).isEqualTo("FAILED");
		AlertTestSupport.waitPassed(this.jdbc);
		assertThat(this.sender.deliverDue()).as("no attempt left").isEmpty();
		CommandLineCapture kt1 = new CommandLineCapture(this.commandLine);
		assertThat(kt1.run("alerts", "--status", "failed")).isZero();
		assertThat(kt1.out()).contains("FAILED").contains("last error:").contains("failed 1");

		MailTestServer.proxy().up();
		assertThat(kt1.run("alerts", "retry", Long.toString(id))).isZero();

		assertThat(kt1.out()).isEqualTo("alert " + id + ": sent to " + ADMIN + "\n");
		assertThat(MailTestServer.receivedBy(ADMIN)).hasSize(1);
		assertThat(kt1.run("alerts", "retry", Long.toString(id))).isEqualTo(1);
		assertThat(kt1.err()).contains("alert " + id + " is SENT").contains("nothing to retry");
		assertThat(this.jdbc.queryForList("SELECT result FROM admin_audit WHERE action = 'alerts-retry' ORDER BY id DESC "
				+ "LIMIT 2", String.class)).containsExactly("refused: alert " + id + " is SENT ("
						+ AlertsCommand.TIME.format(this.outbox.find(id).orElseThrow().sentAt()) + "): nothing to retry",
						"sent to " + ADMIN);
	}

	@Test
	void twoSendersAtOnceNeverSendOneMessageTwice() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			ids.add(record("cùng lúc " + i));
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<List<Delivery>>> rounds = pool.invokeAll(List.<Callable<List<Delivery>>>of(
					this.sender::deliverDue, this.sender::deliverDue));
			int sent = 0;
			for (Future<List<Delivery>> round : rounds) {
				sent += (int) round.get().stream().filter(Delivery::sent).count();
			}
			assertThat(sent).isEqualTo(12);
		}
		finally {
			pool.shutdown();
		}
		for (long id : ids) {
			assertThat(withId(this.outbox.find(id).orElseThrow().messageId())).hasSize(1);
		}
	}

	@Test
	void withoutAMailServerAlertsAreStoredAndListedNotSent() {
		AlertSender unconfigured = new AlertSender(this.jdbc,
				new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class), this.messages,
				this.recipients, this.owners, this.properties);
		long id = record("không có máy chủ thư");

		assertThat(unconfigured.mailConfigured()).isFalse();
		assertThat(unconfigured.deliverDue()).isEmpty();
		assertThat(unconfigured.deliver(id, true).status()).isEqualTo("SKIPPED");
		assertThat(this.outbox.find(id).orElseThrow().status()).isEqualTo("PENDING");
		assertThat(MailTestServer.received()).isEmpty();
	}

	@Test
	void kt1AlertsTestSendsATestMessageAndShowPrintsIt() throws Exception {
		CommandLineCapture kt1 = new CommandLineCapture(this.commandLine);

		assertThat(kt1.run("alerts", "test", "--to", "ai.do@kt1.test")).isZero();

		List<MimeMessage> received = MailTestServer.receivedBy("ai.do@kt1.test");
		assertThat(received).hasSize(1);
		assertThat(Mails.subject(received.get(0))).isEqualTo("[KT1] Thư thử: cảnh báo qua thư điện tử hoạt động");
		assertThat(Mails.text(received.get(0))).contains("Đây là thư thử của kt1-batch");
		assertThat(Mails.html(received.get(0))).contains("<p>Đây là thư thử của kt1-batch");
		assertThat(received.get(0).getFrom()[0].toString()).isEqualTo(this.properties.from());
		assertThat(kt1.out()).matches("test message #(\\d+) sent to ai.do@kt1.test \\(Message-ID "
				+ java.util.regex.Pattern.quote(Mails.messageId(received.get(0))) + "\\)\n");
		String id = kt1.out().replaceAll("test message #(\\d+).*\n", "$1");

		assertThat(kt1.run("alerts")).isZero();
		assertThat(kt1.out()).contains("TEST").contains("SENT").contains("[KT1] Thư thử")
			.contains("sent 1").contains("mail server configured");
		assertThat(kt1.run("alerts", "show", id)).isZero();
		assertThat(kt1.out()).startsWith("Subject: [KT1] Thư thử: cảnh báo qua thư điện tử hoạt động\n"
				+ "To: ai.do@kt1.test  [test]\n").contains("Đây là thư thử");
		assertThat(kt1.run("alerts", "test", "--to", "not an address")).isEqualTo(2);
		assertThat(kt1.err()).startsWith("kt1: --to not an address is not an e-mail address");
	}

	private long record(String what) {
		return this.outbox.record(Alert.of(AlertKind.JOB_FAILED, "test-failure:" + what + ":" + System.nanoTime(),
				"Thử: " + what, new Letter().paragraph("Thử gửi: " + what))).orElseThrow();
	}

	/** @return seconds until the message's next attempt */
	private long secondsToWait(long id) {
		return this.jdbc.queryForObject("SELECT TIMESTAMPDIFF(SECOND, NOW(6), next_attempt_at) FROM alert_outbox "
				+ "WHERE id = ?", Long.class, id);
	}

	private static List<MimeMessage> withId(String messageId) {
		return MailTestServer.received().stream().filter((m) -> messageId.equals(Mails.messageId(m))).toList();
	}

}
