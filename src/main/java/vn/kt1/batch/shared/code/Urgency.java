package vn.kt1.batch.shared.code;

/** Dịch vụ: KT1 ordinary, Hỏa tốc (express), Hẹn giờ (at a time agreed with the sender). */
public enum Urgency implements Code {

	KT1("Thường"),

	HT("Hỏa tốc"),

	HG("Hẹn giờ");

	private final String label;

	Urgency(String label) {
		this.label = label;
	}

	/** @return the Vietnamese name of a code, the code itself when unknown, null for null */
	public static String label(String code) {
		return Codes.label(Urgency.class, code);
	}

	@Override
	public String label() {
		return this.label;
	}

}
