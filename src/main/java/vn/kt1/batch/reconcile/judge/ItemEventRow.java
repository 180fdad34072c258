package vn.kt1.batch.reconcile.judge;

import java.time.LocalDateTime;

/**
 * One stored event of an item, as the month's reconciliation reads it.
 *
 * @param unknownOffice whether its post office is not in the reference list
 */
record ItemEventRow(String barcode, LocalDateTime acceptedAt, String postOfficeCode, String senderCode,
		String receiverCode, String urgency, String secrecy, String itemType, int weightG, long feeVnd,
		LocalDateTime dueAt, LocalDateTime deliveredAt, String status, boolean senderEligible,
		boolean unknownOffice) {

}
