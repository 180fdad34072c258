package vn.kt1.batch.shared;

/** Pads official administrative codes: 2 digits for a province, 5 for a commune. */
public final class AdminCodes {

	private AdminCodes() {
	}

	public static String province(String code) {
		return pad(code, 2);
	}

	public static String commune(String code) {
		return pad(code, 5);
	}

	private static String pad(String code, int width) {
		String trimmed = code.trim();
		return "0".repeat(Math.max(0, width - trimmed.length())) + trimmed;
	}

}
