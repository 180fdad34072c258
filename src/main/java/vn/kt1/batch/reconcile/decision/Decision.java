package vn.kt1.batch.reconcile.decision;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A standing decision on a row of a month (not replaced by a later one).
 *
 * @param id its number
 * @param month the month
 * @param key the row's key ({@code A:<agency>}, {@code E:<kind>:<barcode>})
 * @param agencyCode the agency the row is about
 * @param runId the run whose figures were decided on
 * @param fingerprint the fingerprint of those figures
 * @param code the decision
 * @param amount the adjustment of a {@link DecisionCode#DIEU_CHINH}, signed VND, else {@code null}
 * @param note what staff wrote, or {@code null}
 * @param decidedBy who imported it (the console's user, else the operating system's)
 * @param decidedAt when
 */
public record Decision(long id, YearMonth month, String key, String agencyCode, long runId, String fingerprint,
		DecisionCode code, Long amount, String note, String decidedBy, LocalDateTime decidedAt) {

	/** @return whether the decision says the same as another one, whoever made it and when */
	boolean sameAs(DecisionCode otherCode, Long otherAmount, String otherNote, String otherFingerprint) {
		return this.code == otherCode && Objects.equals(this.amount, otherAmount)
				&& Objects.equals(this.note, otherNote) && this.fingerprint.equals(otherFingerprint);
	}

}
