package vn.kt1.batch.alert;

import java.util.List;

/**
 * A message to record in the outbox.
 *
 * @param kind what it tells of (and so its topic)
 * @param eventKeys the events it tells of, each told at most once ever, e.g.
 * {@code job-execution:42}
 * @param subject the subject, without the configured prefix
 * @param letter the body, as plain text and HTML
 * @param attachments files attached
 * @param to explicit recipients instead of the topic's (a test message); empty: the topic's
 */
public record Alert(AlertKind kind, List<String> eventKeys, String subject, Letter letter,
		List<Attachment> attachments, List<String> to) {

	public Alert {
		if (eventKeys.isEmpty()) {
			throw new IllegalArgumentException("an alert tells of at least one event");
		}
		eventKeys = List.copyOf(eventKeys);
		attachments = List.copyOf(attachments);
		to = List.copyOf(to);
	}

	public static Alert of(AlertKind kind, String eventKey, String subject, Letter letter) {
		return new Alert(kind, List.of(eventKey), subject, letter, List.of(), List.of());
	}

	public Alert withAttachments(List<Attachment> files) {
		return new Alert(this.kind, this.eventKeys, this.subject, this.letter, files, this.to);
	}

	public Topic topic() {
		return this.kind.topic();
	}

}
