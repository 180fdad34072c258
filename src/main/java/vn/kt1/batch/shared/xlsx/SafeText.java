package vn.kt1.batch.shared.xlsx;

/** Recognises text that a spreadsheet or word processor could take for a formula. */
public final class SafeText {

	private SafeText() {
	}

	/** @return whether the text begins with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR */
	public static boolean looksLikeFormula(String text) {
		if (text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

}
