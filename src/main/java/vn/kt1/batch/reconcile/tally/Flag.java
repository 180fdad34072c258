package vn.kt1.batch.reconcile.tally;

/** The findings of one agency's month. */
public enum Flag {

	/** post office, report and payments agree */
	MATCHED("Khớp"),
	/** an agency on the list sent no usage report for the month */
	REPORT_MISSING("Thiếu báo cáo"),
	/** a report or payment without any item from the post office */
	NO_THROUGHPUT("Không có sản lượng"),
	/** reported items differ from the post office's */
	COUNT_MISMATCH("Lệch số lượng"),
	/** reported amount differs from the post office's fees */
	AMOUNT_MISMATCH("Lệch số tiền"),
	/** nothing paid for the month's fees after the grace period */
	UNPAID("Chưa thanh toán"),
	/** less paid than the fees after the grace period */
	PARTLY_PAID("Thanh toán thiếu"),
	/** more paid than the fees */
	OVERPAID("Thanh toán thừa"),
	/** the post office's fees differ from the tariff */
	TARIFF_DEVIATION("Cước lệch biểu giá"),
	/** items from a sender not on the list, or on it but outside its validity */
	INELIGIBLE_SENDER("Đơn vị gửi ngoài danh sách hoặc ngoài thời hạn hiệu lực");

	private final String label;

	Flag(String label) {
		this.label = label;
	}

	/** @return the Vietnamese label */
	public String label() {
		return this.label;
	}

}
