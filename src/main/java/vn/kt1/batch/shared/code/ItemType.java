package vn.kt1.batch.shared.code;

/** Loại bưu gửi. */
public enum ItemType implements Code {

	THU("Thư"),

	GOI("Gói"),

	KIEN("Kiện");

	private final String label;

	ItemType(String label) {
		this.label = label;
	}

	/** @return the Vietnamese name of a code, the code itself when unknown, null for null */
	public static String label(String code) {
		return Codes.label(ItemType.class, code);
	}

	@Override
	public String label() {
		return this.label;
	}

}
