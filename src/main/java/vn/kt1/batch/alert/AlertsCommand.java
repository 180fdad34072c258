package vn.kt1.batch.alert;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.AdminAudit;
import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;

/**
 * {@code kt1 alerts}: the outbox (pending, sent, failed, attempts); {@code kt1 alerts test
 * --to ADDRESS} sends a test message now; {@code kt1 alerts retry ID} sends a message again
 * now; {@code kt1 alerts show ID} prints one.
 */
@Component
@Command(name = "alerts", mixinStandardHelpOptions = true,
		description = "Alerts by e-mail: the outbox with each message's status and attempts.",
		subcommands = { AlertsCommand.Test.class, AlertsCommand.Retry.class, AlertsCommand.Show.class })
class AlertsCommand implements CliCommand, Callable<Integer> {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private final Outbox outbox;

	private final AlertSender sender;

	@Spec
	private CommandSpec spec;

	@Option(names = "--status", paramLabel = "STATUS",
			description = "Only messages of this status: PENDING, SENDING, SENT, FAILED, HELD")
	private String status;

	@Option(names = "--limit", paramLabel = "N", description = "At most N messages, newest first (default 50)")
	private int limit = 50;

	AlertsCommand(Outbox outbox, AlertSender sender) {
		this.outbox = outbox;
		this.sender = sender;
	}

	@Override
	public Integer call() {
		String wanted = (this.status != null) ? this.status.trim().toUpperCase(Locale.ROOT) : null;
		if (wanted != null && !this.outbox.counts().containsKey(wanted)) {
			throw new CliException("--status " + this.status + ": one of " + this.outbox.counts().keySet(), 2);
		}
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf("%-6s %-16s %-19s %-9s %-7s %8s  %-16s %s%n", "ID", "CREATED", "KIND", "TOPIC", "STATUS",
				"ATTEMPTS", "NEXT / SENT", "SUBJECT");
		for (OutboxEntry entry : this.outbox.list(wanted, this.limit)) {
			LocalDateTime when = "SENT".equals(entry.status()) ? entry.sentAt()
					: ("PENDING".equals(entry.status()) ? entry.nextAttemptAt() : null);
			out.printf("%-6d %-16s %-19s %-9s %-7s %8d  %-16s %s%n", entry.id(), TIME.format(entry.createdAt()),
					entry.kind(), entry.topic().key(), entry.status(), entry.attempts(),
					(when != null) ? TIME.format(when) : "-", entry.subject());
			if (entry.lastError() != null) {
				out.println("       last error: " + entry.lastError());
			}
			if (entry.unknownOutcomes() > 0) {
				out.println("       sent again " + entry.unknownOutcomes() + " time(s) after an attempt of unknown "
						+ "outcome (same Message-ID " + entry.messageId() + ")");
			}
		}
		out.println(this.outbox.counts().entrySet().stream()
			.map((count) -> count.getKey().toLowerCase(Locale.ROOT) + " " + count.getValue())
			.collect(Collectors.joining(", ")) + "; " + mail(this.sender));
		return 0;
	}

	static String mail(AlertSender sender) {
		return sender.mailConfigured() ? "mail server configured (spring.mail.*): kt1 serve sends"
				: "no mail server configured (spring.mail.host): alerts are stored and listed, not sent";
	}

	@Command(name = "test", mixinStandardHelpOptions = true,
			description = "Send a test message now, through the outbox, and say what became of it.")
	static class Test implements Callable<Integer> {

		private final Outbox outbox;

		private final AlertSender sender;

		private final AdminAudit audit;

		@Spec
		private CommandSpec spec;

		@Option(names = "--to", paramLabel = "ADDRESS", required = true, description = "Where to send it")
		private String to;

		Test(Outbox outbox, AlertSender sender, AdminAudit audit) {
			this.outbox = outbox;
			this.sender = sender;
			this.audit = audit;
		}

		@Override
		public Integer call() {
			try {
				new InternetAddress(this.to, true).validate();
			}
			catch (AddressException ex) {
				throw new CliException("--to " + this.to + " is not an e-mail address: " + ex.getMessage(), 2);
			}
			if (!this.sender.mailConfigured()) {
				throw new CliException("no mail server is configured: set spring.mail.host (and port, username, "
						+ "password; see README, Alerts by e-mail)");
			}
			long id = this.outbox.record(TestMessage.to(this.to, UUID.randomUUID())).orElseThrow();
			Delivery delivery = this.sender.deliver(id, false);
			String result = delivery.sent() ? "sent" : "not sent: " + delivery.detail();
			this.audit.record("alerts-test", this.to, null, "alert " + id + " " + result);
			if (!delivery.sent()) {
				throw new CliException("test message #" + id + " to " + this.to + " " + result);
			}
			OutboxEntry entry = this.outbox.find(id).orElseThrow();
			this.spec.commandLine().getOut().printf("test message #%d sent to %s (Message-ID %s)%n", id, this.to,
					entry.messageId());
			return 0;
		}

	}

	@Command(name = "retry", mixinStandardHelpOptions = true,
			description = "Send a message that failed, is held or waits between attempts again, now.")
	static class Retry implements Callable<Integer> {

		private final Outbox outbox;

		private final AlertSender sender;

		private final AdminAudit audit;

		@Spec
		private CommandSpec spec;

		@Parameters(paramLabel = "ID", description = "The message (kt1 alerts)")
		private long id;

		Retry(Outbox outbox, AlertSender sender, AdminAudit audit) {
			this.outbox = outbox;
			this.sender = sender;
			this.audit = audit;
		}

		@Override
		public Integer call() {
			OutboxEntry entry = this.outbox.find(this.id)
				.orElseThrow(() -> new CliException("no alert " + this.id + " (kt1 alerts lists them)"));
			String result = this.audit.audited("alerts-retry", "alert " + this.id, null, () -> {
				if (!this.outbox.retry(this.id)) {
					throw new CliException("alert " + this.id + " is " + entry.status()
							+ ("SENT".equals(entry.status()) ? " (" + TIME.format(entry.sentAt()) + ")" : "")
							+ ": nothing to retry");
				}
				if (!this.sender.mailConfigured()) {
					return "due again; " + mail(this.sender);
				}
				Delivery delivery = this.sender.deliver(this.id, true);
				return delivery.sent() ? "sent to " + delivery.detail()
						: delivery.status() + ": " + delivery.detail();
			});
			this.spec.commandLine().getOut().println("alert " + this.id + ": " + result);
			return result.startsWith("sent") || result.startsWith("due") ? 0 : 1;
		}

	}

	@Command(name = "show", mixinStandardHelpOptions = true, description = "Print a message as it is sent.")
	static class Show implements Callable<Integer> {

		private final Outbox outbox;

		private final Recipients recipients;

		@Spec
		private CommandSpec spec;

		@Parameters(paramLabel = "ID", description = "The message (kt1 alerts)")
		private long id;

		Show(Outbox outbox, Recipients recipients) {
			this.outbox = outbox;
			this.recipients = recipients;
		}

		@Override
		public Integer call() {
			OutboxEntry entry = this.outbox.find(this.id)
				.orElseThrow(() -> new CliException("no alert " + this.id + " (kt1 alerts lists them)"));
			PrintWriter out = this.spec.commandLine().getOut();
			List<String> to = (entry.sentTo() != null) ? List.of(entry.sentTo())
					: (entry.to() != null) ? List.of(entry.to()) : this.recipients.of(entry.topic());
			out.println("Subject: " + entry.subject());
			out.println("To: " + (to.isEmpty() ? "(nobody: kt1.alerts.recipients." + entry.topic().key() + " is empty)"
					: String.join(", ", to)) + "  [" + entry.topic().key() + "]");
			out.println("Message-ID: " + entry.messageId());
			out.println("Status: " + entry.status() + ", attempts " + entry.attempts());
			Map<String, Long> files = this.outbox.attachments(this.id);
			files.forEach((name, size) -> out.printf("Attachment: %s (%,d bytes)%n", name, size));
			out.println();
			out.print(this.outbox.bodyText(this.id));
			return 0;
		}

	}

}
