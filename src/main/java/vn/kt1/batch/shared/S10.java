package vn.kt1.batch.shared;

import vn.kt1.batch.shared.tabular.Codes;
import vn.kt1.batch.shared.tabular.FieldException;

/**
 * UPU S10 item identifiers: 2 letters, an 8-digit serial, a check digit and a 2-letter
 * country code, e.g. {@code KT100000017VN}. The check digit weighs the serial's digits
 * 8, 6, 4, 2, 3, 5, 9, 7; it is 11 minus the sum modulo 11, with 10 read as 0 and 11 as 5.
 */
public final class S10 {

	private static final int[] WEIGHTS = { 8, 6, 4, 2, 3, 5, 9, 7 };

	private S10() {
	}

	/**
	 * A field parser for a barcode column: a code (see {@link Codes}) that is a valid S10
	 * identifier of Vietnam ({@code …VN}).
	 * @return the barcode in upper case
	 */
	public static String vietnamese(String value) {
		String code = Codes.canonical(value);
		if (!isValid(code) || !code.endsWith("VN")) {
			throw new FieldException("not a valid UPU S10 barcode (2 letters, 8 digits, check digit, VN): '"
					+ ((code.length() <= 40) ? code : code.substring(0, 40) + "…") + "'");
		}
		return code;
	}

	/** @return whether the text is a well-formed S10 identifier with a correct check digit */
	public static boolean isValid(String code) {
		if (code == null || code.length() != 13 || !letters(code, 0) || !letters(code, 11)) {
			return false;
		}
		for (int i = 2; i < 11; i++) {
			if (code.charAt(i) < '0' || code.charAt(i) > '9') {
				return false;
			}
		}
		return checkDigit(code.substring(2, 10)) == code.charAt(10) - '0';
	}

	/**
	 * @param prefix the two service letters
	 * @param serial 0 to 99,999,999
	 * @param country the two country letters
	 * @return the identifier with its check digit
	 */
	public static String of(String prefix, int serial, String country) {
		if (serial < 0 || serial > 99_999_999) {
			throw new IllegalArgumentException("S10 serial out of range: " + serial);
		}
		String digits = String.format("%08d", serial);
		return prefix + digits + checkDigit(digits) + country;
	}

	static int checkDigit(String serial) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (serial.charAt(i) - '0') * WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		return (check == 10) ? 0 : (check == 11) ? 5 : check;
	}

	private static boolean letters(String code, int from) {
		return Character.isLetter(code.charAt(from)) && Character.isUpperCase(code.charAt(from))
				&& Character.isLetter(code.charAt(from + 1)) && Character.isUpperCase(code.charAt(from + 1))
				&& code.charAt(from) < 128 && code.charAt(from + 1) < 128;
	}

}
