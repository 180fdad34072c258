package vn.kt1.batch.shared.code;

/** Cấp of an Appendix II agency, in the order of the Department of Finance's tables. */
public enum AgencyLevel implements Code {

	TINH("Cấp tỉnh"),

	KHU_VUC("Khu vực"),

	XA("Cấp xã"),

	DAC_BIET("Đặc khu");

	private final String label;

	AgencyLevel(String label) {
		this.label = label;
	}

	/** @return the Vietnamese name of a code, the code itself when unknown, null for null */
	public static String label(String code) {
		return Codes.label(AgencyLevel.class, code);
	}

	@Override
	public String label() {
		return this.label;
	}

}
