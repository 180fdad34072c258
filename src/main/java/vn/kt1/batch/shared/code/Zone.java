package vn.kt1.batch.shared.code;

/** Phạm vi: within the province or between provinces (the tariff's zone). */
public enum Zone implements Code {

	NOI_TINH("Nội tỉnh"),

	LIEN_TINH("Liên tỉnh");

	private final String label;

	Zone(String label) {
		this.label = label;
	}

	/** @return the Vietnamese name of a code, the code itself when unknown, null for null */
	public static String label(String code) {
		return Codes.label(Zone.class, code);
	}

	@Override
	public String label() {
		return this.label;
	}

}
