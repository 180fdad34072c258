package vn.kt1.batch.shared.code;

/**
 * Trạng thái of an item: accepted, in transit, then one final state, declared in the order an
 * item moves through them (of two final states reported, the later declared one stands).
 */
public enum ItemStatus implements Code {

	CHAP_NHAN("Chấp nhận"),

	DANG_PHAT("Đang phát"),

	DA_PHAT("Đã phát"),

	CHUYEN_HOAN("Chuyển hoàn"),

	THAT_LAC("Thất lạc");

	private final String label;

	ItemStatus(String label) {
		this.label = label;
	}

	/** @return the Vietnamese name of a code, the code itself when unknown, null for null */
	public static String label(String code) {
		return Codes.label(ItemStatus.class, code);
	}

	@Override
	public String label() {
		return this.label;
	}

}
