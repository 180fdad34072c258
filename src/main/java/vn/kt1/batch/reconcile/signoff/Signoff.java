package vn.kt1.batch.reconcile.signoff;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/**
 * A month's reconciliation signed off by a finance officer.
 *
 * @param id its number
 * @param month the month
 * @param runId the reconciliation run signed
 * @param signedBy who signed (the console's user, else the operating system's)
 * @param signedAt when
 * @param reason what the officer wrote
 * @param supersededAt when a later run superseded it, {@code null} while it stands
 * @param supersededBy who ran the month again
 * @param supersededReason why
 */
public record Signoff(long id, YearMonth month, long runId, String signedBy, LocalDateTime signedAt, String reason,
		LocalDateTime supersededAt, String supersededBy, String supersededReason) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** @return whether no later run superseded it */
	public boolean standing() {
		return this.supersededAt == null;
	}

	/** @return e.g. {@code ký bởi nguyenvana ngày 05/02/2026 (lần đối soát #12)} */
	public String line() {
		return "ký bởi " + this.signedBy + " ngày " + DAY.format(this.signedAt) + " (lần đối soát #" + this.runId + ")";
	}

}
