package vn.kt1.batch.alert;

/**
 * What became of one attempt to send a message.
 *
 * @param id the message
 * @param status {@code SENT}, {@code PENDING} (it failed and waits for its next attempt),
 * {@code FAILED} (no attempt left), {@code HELD} (its topic has no recipients) or
 * {@code SKIPPED} (another process has it, or it is not due)
 * @param detail the addresses it went to, or why it did not go
 */
public record Delivery(long id, String status, String detail) {

	public boolean sent() {
		return "SENT".equals(this.status);
	}

	/** @return whether the attempt reached the server and failed there (the next ones will likely fail too) */
	boolean failed() {
		return "PENDING".equals(this.status) || "FAILED".equals(this.status);
	}

}
