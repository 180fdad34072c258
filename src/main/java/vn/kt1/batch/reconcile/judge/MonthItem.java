package vn.kt1.batch.reconcile.judge;

import java.time.LocalDateTime;

/**
 * One KT1 item as its events tell it: the fields fixed at acceptance and its latest state.
 *
 * @param agreedDueAt the agreed delivery time (Hẹn giờ) or the post office's due time
 * @param attemptedAt when it was delivered or returned, {@code null} before that
 * @param state the latest state: {@code CHAP_NHAN}, {@code DANG_PHAT}, {@code DA_PHAT},
 * {@code CHUYEN_HOAN} or {@code THAT_LAC}
 * @param senderEligible whether the sender was a valid agency on the acceptance day
 */
public record MonthItem(String barcode, LocalDateTime acceptedAt, String postOfficeCode, String senderCode,
		String receiverCode, String urgency, String secrecy, String itemType, int weightG, long feeVnd,
		LocalDateTime agreedDueAt, LocalDateTime attemptedAt, String state, boolean senderEligible) {

}
