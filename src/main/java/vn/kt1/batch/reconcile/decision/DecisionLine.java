package vn.kt1.batch.reconcile.decision;

import java.time.YearMonth;

/**
 * One decided row of a decisions workbook, as read.
 *
 * @param sheetRow the sheet row number
 * @param key the row's key
 * @param month the month the row says it belongs to
 * @param fingerprint the fingerprint of the figures as exported
 * @param code the decision
 * @param amount the adjustment (signed VND), only with {@link DecisionCode#DIEU_CHINH}
 * @param note the note, or {@code null}
 */
record DecisionLine(long sheetRow, String key, YearMonth month, String fingerprint, DecisionCode code, Long amount,
		String note) {

}
