package vn.kt1.batch.reconcile.decision;

import vn.kt1.batch.shared.input.ContentHash;

/**
 * A row of a month's current reconciliation run that finance staff decide on: an agency-month
 * with flags other than "matched" (key {@code A:<agency>}), or an item exception (key
 * {@code E:<kind>:<barcode>}). The keys hold no run number, so that a decision can be found
 * again after the month is re-run; whether it still applies is told by the fingerprint.
 *
 * @param key the row's key
 * @param agencyCode the agency (for an item, its sender)
 * @param agencyName its name, or {@code null} when not on the list
 * @param barcode the item, {@code null} for an agency row
 * @param what the flags or the exception's kind, in words
 * @param reason the exception's reason, {@code null} for an agency row
 * @param poFees the post office's fees (an item: the fee charged)
 * @param expectedFees the fees by the tariff
 * @param reported the amount the agency reported, {@code null} when none or an item
 * @param paid what the agency paid, {@code null} for an item
 * @param fingerprint a short hash of the row's figures as reconciled
 */
record DecidableRow(String key, String agencyCode, String agencyName, String barcode, String what, String reason,
		Long poFees, Long expectedFees, Long reported, Long paid, String fingerprint) {

	/** Characters of the SHA-256 kept: enough to tell a changed row, short enough to read. */
	static final int FINGERPRINT_LENGTH = 10;

	/** @return the first characters of the SHA-256 of the figures joined with {@code |} */
	static String fingerprint(Object... figures) {
		StringBuilder text = new StringBuilder();
		for (Object figure : figures) {
			text.append((figure != null) ? figure : "-").append('|');
		}
		return ContentHash.sha256(text.toString()).substring(0, FINGERPRINT_LENGTH);
	}

}
