package vn.kt1.batch.reconcile.judge;

/** Why an item needs attention. */
public enum ExceptionKind {

	TARIFF_DEVIATION("Cước lệch biểu giá"), NO_TARIFF("Không có giá cước"), LATE("Phát chậm"), LOST("Thất lạc"),
	RETURNED("Chuyển hoàn"), INELIGIBLE_SENDER("Đơn vị gửi ngoài danh sách hoặc ngoài hiệu lực");

	private final String label;

	ExceptionKind(String label) {
		this.label = label;
	}

	/** @return the Vietnamese label */
	public String label() {
		return this.label;
	}

}
