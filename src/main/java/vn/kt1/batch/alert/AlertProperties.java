package vn.kt1.batch.alert;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What the alerts tell, to whom, and how the sender retries ({@code kt1.alerts.*}). The mail
 * server itself is Spring Boot's {@code spring.mail.*}: without {@code spring.mail.host} alerts
 * are stored and listed, not sent.
 *
 * @param enabled whether {@code kt1 serve} watches for events and sends (default true)
 * @param from the sender address, e.g. {@code KT1 <kt1-batch@stc.dongthap.gov.vn>}
 * @param subjectPrefix put before every subject (default {@code [KT1]})
 * @param recipients the addresses of each topic ({@code failures}, {@code checks},
 * {@code deadlines}, {@code estimates}, {@code reports}, {@code digest})
 * @param pollInterval how often {@code kt1 serve} looks for events and sends (default 30 s)
 * @param lookBack how far back events are looked for, so that a new installation does not mail
 * its whole history (default 7 days)
 * @param maxAttempts attempts before a message is marked {@code FAILED} (default 20)
 * @param firstRetry the wait after the first failed attempt, doubled each time (default 30 s)
 * @param maxRetry the longest wait between attempts (default 1 h)
 * @param claimTimeout the longest a sender may hold a message it is sending (default 10 min;
 * a message whose sender died is taken over at once)
 * @param attachmentLimit files larger than this together are linked, not attached (default 8 MB;
 * mail servers often refuse 10 MB, and attachments grow by a third when encoded)
 * @param digestTime when the morning digest is written (default 07:00)
 * @param timeZone the time zone of dates in messages and of the digest time
 * @param deadlines the deadline calendar (default {@code config/alerts/deadlines.yml})
 * @param silenceDays a post office whose items have not come in any throughput file for this
 * many days is reported (default 3)
 * @param failureLines how many lines of a failure a message quotes (default 12)
 */
@ConfigurationProperties("kt1.alerts")
public record AlertProperties(Boolean enabled, String from, String subjectPrefix, Map<Topic, List<String>> recipients,
		Duration pollInterval, Duration lookBack, Integer maxAttempts, Duration firstRetry, Duration maxRetry,
		Duration claimTimeout, DataSize attachmentLimit, LocalTime digestTime, ZoneId timeZone, Path deadlines,
		Integer silenceDays, Integer failureLines) {

	public AlertProperties {
		enabled = (enabled != null) ? enabled : Boolean.TRUE;
		from = (from != null && !from.isBlank()) ? from : "kt1-batch@localhost";
		subjectPrefix = (subjectPrefix != null) ? subjectPrefix : "[KT1]";
		recipients = checked(recipients);
		pollInterval = (pollInterval != null) ? pollInterval : Duration.ofSeconds(30);
		lookBack = (lookBack != null) ? lookBack : Duration.ofDays(7);
		maxAttempts = (maxAttempts != null) ? maxAttempts : 20;
		firstRetry = (firstRetry != null) ? firstRetry : Duration.ofSeconds(30);
		maxRetry = (maxRetry != null) ? maxRetry : Duration.ofHours(1);
		claimTimeout = (claimTimeout != null) ? claimTimeout : Duration.ofMinutes(10);
		attachmentLimit = (attachmentLimit != null) ? attachmentLimit : DataSize.ofMegabytes(8);
		digestTime = (digestTime != null) ? digestTime : LocalTime.of(7, 0);
		timeZone = (timeZone != null) ? timeZone : ZoneId.of("Asia/Ho_Chi_Minh");
		deadlines = (deadlines != null) ? deadlines : Path.of("config", "alerts", "deadlines.yml");
		silenceDays = (silenceDays != null) ? silenceDays : 3;
		failureLines = (failureLines != null) ? failureLines : 12;
		address("from", from);
		if (maxAttempts < 1 || silenceDays < 1 || failureLines < 1) {
			throw new IllegalArgumentException(
					"kt1.alerts.max-attempts, silence-days and failure-lines must be at least 1");
		}
	}

	/** @return the wait before attempt {@code attempts + 1}: the first retry, doubled, at most the longest */
	public Duration retryAfter(int attempts) {
		Duration wait = this.firstRetry;
		for (int i = 1; i < attempts && wait.compareTo(this.maxRetry) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.maxRetry) > 0) ? this.maxRetry : wait;
	}

	private static Map<Topic, List<String>> checked(Map<Topic, List<String>> configured) {
		Map<Topic, List<String>> recipients = new EnumMap<>(Topic.class);
		if (configured != null) {
			configured.forEach((topic, addresses) -> {
				List<String> list = (addresses != null) ? addresses.stream().map(String::trim)
					.filter((address) -> !address.isEmpty()).toList() : List.of();
				list.forEach((address) -> address("recipients." + topic.key(), address));
				recipients.put(topic, list);
			});
		}
		return recipients;
	}

	private static void address(String setting, String address) {
		try {
			new InternetAddress(address, true).validate();
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("kt1.alerts." + setting + ": '" + address + "' is not an e-mail address ("
					+ ex.getMessage() + ")");
		}
	}

}
