package vn.kt1.batch.shared;

/** Money in Vietnamese notation: {@code 12.500 đ}, {@code -1.000 đ}. */
public final class Vnd {

	private Vnd() {
	}

	/** @return the amount with {@code .} between thousands and the suffix {@code đ} */
	public static String format(long amount) {
		return group(amount) + " đ";
	}

	/** @return the number with {@code .} between thousands */
	public static String group(long number) {
		String digits = Long.toString(Math.abs(number));
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0) {
				grouped.append('.');
			}
			grouped.append(digits.charAt(i));
		}
		return ((number < 0) ? "-" : "") + grouped;
	}

}
