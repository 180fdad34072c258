package vn.kt1.batch.ingest.throughput;

import java.time.LocalDateTime;

/**
 * One row of a throughput file: a KT1 item and its new state.
 *
 * @param barcode UPU S10 identifier
 * @param status the new state
 * @param acceptedAt when the post office accepted the item (fixed at acceptance)
 * @param urgency {@code KT1}, {@code HT} or {@code HG}
 * @param secrecy {@code ""}, {@code C}, {@code B} or {@code A}
 * @param dueAt agreed delivery time (Hẹn giờ) or given deadline, may be {@code null}
 * @param deliveredAt delivery or return time, may be {@code null}
 * @param senderEligible whether the sender is an agency of the list, valid on the day
 */
public record ItemEvent(String barcode, String status, LocalDateTime acceptedAt, String postOffice, String sender,
		String receiver, String urgency, String secrecy, String itemType, int weightG, long feeVnd,
		LocalDateTime dueAt, LocalDateTime deliveredAt, boolean senderEligible) {

	/**
	 * @param other another row of the same item
	 * @return the first field fixed at acceptance whose value differs, or {@code null}
	 */
	public String changedFixedField(ItemEvent other) {
		if (!this.acceptedAt.equals(other.acceptedAt)) {
			return "ngay_chap_nhan";
		}
		if (!this.sender.equals(other.sender)) {
			return "ma_don_vi_gui";
		}
		if (!this.receiver.equals(other.receiver)) {
			return "ma_don_vi_nhan";
		}
		if (!this.urgency.equals(other.urgency)) {
			return "dich_vu";
		}
		if (!this.secrecy.equals(other.secrecy)) {
			return "do_mat";
		}
		if (!this.itemType.equals(other.itemType)) {
			return "loai";
		}
		if (this.weightG != other.weightG) {
			return "khoi_luong_g";
		}
		return (this.feeVnd != other.feeVnd) ? "cuoc_vnd" : null;
	}

}
