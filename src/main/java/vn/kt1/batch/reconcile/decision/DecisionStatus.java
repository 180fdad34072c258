package vn.kt1.batch.reconcile.decision;

/**
 * A standing decision and whether it still applies: the month's current run has its row with
 * the figures it was made on (the same fingerprint).
 *
 * @param decision the decision
 * @param applies whether it still applies
 */
public record DecisionStatus(Decision decision, boolean applies) {

	/** @return {@code APPLIES} or {@code NO_LONGER_MATCHES} */
	public String status() {
		return this.applies ? "APPLIES" : "NO_LONGER_MATCHES";
	}

	/** @return the status in words */
	public String label() {
		return this.applies ? "Đang áp dụng" : "Không còn khớp (số liệu đã đổi)";
	}

}
