package vn.kt1.batch.shared.tabular;

import java.text.Normalizer;

/**
 * Normalises header names and code values so that {@code MA BUU GUI}, {@code Mã Bưu Gửi}
 * and {@code ma_buu_gui} compare equal: no case, no Vietnamese diacritics ({@code đ} is
 * {@code d}), no spaces, underscores or punctuation.
 */
public final class HeaderNames {

	private HeaderNames() {
	}

	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (c == 'đ' || c == 'Đ') {
				out.append('d');
			}
			else if (Character.isLetterOrDigit(c)) {
				out.append(Character.toLowerCase(c));
			}
		}
		return out.toString();
	}

}
