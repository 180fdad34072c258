package vn.kt1.batch.alert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import vn.kt1.batch.Kt1Application;
import vn.kt1.batch.Kt1IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child JVM runs {@code kt1 serve}, which sends the outbox, and is killed with
 * {@code kill -9} in the middle of a message; the sender of this JVM then takes over. Killed
 * before the message's data ended, the message is sent once: nothing lost, nothing twice.
 * Killed after the server had the whole message but before the sender knew, the outcome is
 * unknown: the message is sent again with the same Message-ID, so the copy is detectable, and
 * the outbox counts it.
 */
@Kt1IntegrationTest
class AlertKillFunctionalTests {

	private static final Path DIR = Path.of("target/it-data/alerts-kill");

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private Outbox outbox;

	@Autowired
	private AlertSender sender;

	@Autowired
	private Scheduler scheduler;

	@Autowired
	private JobRepository jobRepository;

	private Process child;

	@BeforeEach
	void fiveMessagesToSend() throws Exception {
		AlertTestSupport.clear(this.jdbc);
		MailTestServer.reset();
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		FileSystemUtils.deleteRecursively(DIR);
		Files.createDirectories(DIR.resolve("jobs"));
	}

	@AfterEach
	void forgetTheChild() throws Exception {
		if (this.child != null) {
			this.child.destroyForcibly().waitFor();
		}
		MailTestServer.reset();
		this.scheduler.clear();
		this.jdbc.update("DELETE FROM QRTZ_FIRED_TRIGGERS WHERE SCHED_NAME = 'kt1'");
		this.jdbc.update("DELETE FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = 'kt1'");
	}

	@Test
	void killedBeforeTheMessagesDataEndedItIsSentOnceAfterwards() throws Exception {
		List<Long> ids = record(5);
		MailTestServer.proxy().holdAfter("DATA\r\n", 3);

		this.child = serve();
		await("the child holds the third message before its data", () -> MailTestServer.proxy().holding()
				&& MailTestServer.received().size() == 2);
		this.child.destroyForcibly().waitFor();

		assertThat(status(ids.get(2))).isEqualTo("SENDING, handed over: false");
		MailTestServer.proxy().up();
		this.sender.deliverDue();

		for (long id : ids) {
			OutboxEntry entry = this.outbox.find(id).orElseThrow();
			assertThat(entry.status()).isEqualTo("SENT");
			assertThat(entry.unknownOutcomes()).isZero();
			assertThat(withId(entry.messageId())).as("message %d", id).hasSize(1);
		}
		assertThat(this.outbox.find(ids.get(2)).orElseThrow().attempts()).isEqualTo(2);
		assertThat(MailTestServer.received()).hasSize(5);
	}

	@Test
	void killedAfterTheServerHadTheMessageItIsSentAgainWithTheSameMessageId() throws Exception {
		List<Long> ids = record(5);
		MailTestServer.proxy().holdAfter("\r\n.\r\n", 3);

		this.child = serve();
		await("the server has the third message, the child waits for its reply", () -> MailTestServer.proxy()
			.holding() && MailTestServer.received().size() == 3);
		this.child.destroyForcibly().waitFor();

		assertThat(status(ids.get(2))).isEqualTo("SENDING, handed over: true");
		MailTestServer.proxy().up();
		this.sender.deliverDue();

		for (long id : ids) {
			OutboxEntry entry = this.outbox.find(id).orElseThrow();
			assertThat(entry.status()).isEqualTo("SENT");
			boolean unknown = id == ids.get(2);
			assertThat(entry.unknownOutcomes()).isEqualTo(unknown ? 1 : 0);
			List<MimeMessage> copies = withId(entry.messageId());
			assertThat(copies).as("message %d", id).hasSize(unknown ? 2 : 1);
		}
		assertThat(MailTestServer.received()).hasSize(6);
	}

	private List<Long> record(int count) {
		List<Long> ids = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			ids.add(this.outbox.record(Alert.of(AlertKind.JOB_FAILED, "kill-test:" + i + ":" + System.nanoTime(),
					"Thư " + i + " trước khi tiến trình gửi bị dừng", new Letter().paragraph("Thư số " + i + ".")))
				.orElseThrow());
		}
		return ids;
	}

	private String status(long id) {
		return this.jdbc.queryForObject("SELECT CONCAT(status, ', handed over: ', IF(handed_over_at IS NULL, 'false', "
				+ "'true')) FROM alert_outbox WHERE id = ?", String.class, id);
	}

	private Process serve() throws IOException {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-cp", System.getProperty("java.class.path"), "-Duser.timezone=Asia/Ho_Chi_Minh",
				"-Dspring.config.location=classpath:/", "-Dkt1.data-dir=" + DIR, "-Dkt1.jobs-dir=" + DIR.resolve("jobs"),
				"-Dlogging.file.name=" + DIR.resolve("serve.log"),
				"-Dspring.datasource.url=" + ((HikariDataSource) this.dataSource).getJdbcUrl(),
				"-Dspring.mail.host=127.0.0.1", "-Dspring.mail.port=" + MailTestServer.proxy().port(),
				"-Dkt1.alerts.recipients.failures=quantri@kt1.test", "-Dkt1.alerts.poll-interval=1s",
				"-Dkt1.alerts.look-back=1s", "-Dkt1.alerts.deadlines=" + DIR.resolve("none.yml"),
				"-Dkt1.alerts.digest-time=23:59:59", "-Dkt1.serve.recovery=none", Kt1Application.class.getName(),
				"serve");
		builder.redirectErrorStream(true);
		builder.redirectOutput(DIR.resolve("serve.out").toFile());
		return builder.start();
	}

	private void await(String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline || !this.child.isAlive()) {
				throw new IllegalStateException("never: " + what + " (see " + DIR.resolve("serve.out") + ")");
			}
			Thread.sleep(50);
		}
		Thread.sleep(300);
	}

	private static List<MimeMessage> withId(String messageId) {
		return MailTestServer.received().stream().filter((m) -> messageId.equals(Mails.messageId(m))).toList();
	}

}
