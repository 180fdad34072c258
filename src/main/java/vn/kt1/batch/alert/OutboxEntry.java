package vn.kt1.batch.alert;

import java.time.LocalDateTime;

/**
 * A message of the outbox as {@code kt1 alerts} lists it.
 *
 * @param to the explicit recipients, or {@code null}: the topic's
 * @param unknownOutcomes attempts made after one whose outcome was unknown
 * @param sentTo the addresses it was sent to
 */
public record OutboxEntry(long id, LocalDateTime createdAt, AlertKind kind, Topic topic, String to, String subject,
		String messageId, String status, int attempts, LocalDateTime nextAttemptAt, int unknownOutcomes,
		LocalDateTime sentAt, String sentTo, String lastError) {

}
