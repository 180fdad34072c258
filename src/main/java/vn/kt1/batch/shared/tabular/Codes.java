package vn.kt1.batch.shared.tabular;

import java.util.Locale;

/**
 * What a code is (docs/inputs.md section 1): ASCII letters, digits and {@code -_./},
 * compared without regard to case. Spaces, no-break spaces and zero-width characters around
 * it (pasted from Excel or the web) are removed; any other character is an error that names
 * it, so that a full-width or other-script digit never makes a new code that only looks like
 * an existing one. The canonical form is upper case, so that equal codes are equal strings,
 * as the database's collation also sees them.
 */
public final class Codes {

	/** The longest code a column holds. */
	public static final int MAX_LENGTH = 40;

	private Codes() {
	}

	/**
	 * @return the code in its canonical form (upper case, nothing around it)
	 * @throws FieldException naming the first character that a code may not have
	 */
	public static String canonical(String text) {
		String code = stripInvisible(text);
		if (code.isEmpty()) {
			throw new FieldException("the code is empty (only spaces or invisible characters)");
		}
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			if (!allowed(c)) {
				throw new FieldException("the code '" + SheetCells.clip(code) + "' has a character a code may not have: "
						+ describe(code.codePointAt(i)) + " (codes are ASCII letters, digits and - _ . /)");
			}
		}
		if (code.length() > MAX_LENGTH) {
			throw new FieldException("code longer than " + MAX_LENGTH + " characters");
		}
		return code.toUpperCase(Locale.ROOT);
	}

	private static boolean allowed(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
				|| c == '.' || c == '/';
	}

	/** @return the text without white space, no-break spaces and zero-width characters around it */
	public static String stripInvisible(String text) {
		int from = 0;
		int to = text.length();
		while (from < to && invisible(text.charAt(from))) {
			from++;
		}
		while (to > from && invisible(text.charAt(to - 1))) {
			to--;
		}
		return text.substring(from, to);
	}

	/** @return whether the character shows nothing: white space, a no-break space, a zero-width or format character */
	static boolean invisible(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
				|| c == '\u180E';
	}

	/** @return a character as people can find it: {@code '３' (U+FF13 FULLWIDTH DIGIT THREE)} */
	public static String describe(int codePoint) {
		String name = Character.getName(codePoint);
		String shown = Character.isISOControl(codePoint) || invisible((char) codePoint) ? ""
				: "'" + new String(Character.toChars(codePoint)) + "' ";
		return shown + String.format(Locale.ROOT, "(U+%04X%s)", codePoint, (name != null) ? " " + name : "");
	}

}
