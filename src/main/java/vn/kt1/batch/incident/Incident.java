package vn.kt1.batch.incident;

import java.time.LocalDateTime;

/**
 * One incident of the register.
 *
 * @param id the stored incident's id, 0 before it is stored
 * @param occurredAt when it happened (local time)
 * @param postOfficeCode the post office where it happened or that handles it
 * @param barcode the item concerned, {@code ""} when none is named
 * @param secrecy {@code A}, {@code B}, {@code C}, or {@code ""} when not secret
 * @param kind what happened
 * @param description what happened, in words
 * @param handling how it was handled, {@code null} when not yet
 * @param reportedTo to whom it was reported, {@code null} when not yet
 */
public record Incident(long id, LocalDateTime occurredAt, String postOfficeCode, String barcode, String secrecy,
		IncidentKind kind, String description, String handling, String reportedTo) {

	/** @return whether it concerns an item of grade A (Tuyệt mật) or B (Tối mật): an alert the same day */
	public boolean severe() {
		return "A".equals(this.secrecy) || "B".equals(this.secrecy);
	}

	Incident withId(long newId) {
		return new Incident(newId, this.occurredAt, this.postOfficeCode, this.barcode, this.secrecy, this.kind,
				this.description, this.handling, this.reportedTo);
	}

}
