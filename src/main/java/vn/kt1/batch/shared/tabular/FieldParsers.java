package vn.kt1.batch.shared.tabular;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeSet;

/**
 * The field forms people type in Vietnamese files: dates {@code yyyy-MM-dd} or
 * {@code dd/MM/yyyy} with an optional time, periods {@code yyyy-MM} or {@code MM/yyyy},
 * whole VND with {@code .}, {@code ,} or space grouping and an optional {@code đ}, {@code ₫}
 * or {@code VND}. Each parser throws {@link FieldException} with the reason.
 */
public final class FieldParsers {

	private FieldParsers() {
	}

	/** @return the date of {@code yyyy-MM-dd} or {@code dd/MM/yyyy}, any time ignored */
	public static LocalDate date(String text) {
		return dateTime(text).toLocalDate();
	}

	/** @return the date and time, midnight when no time is given */
	public static LocalDateTime dateTime(String text) {
		String value = text.strip();
		int split = indexOfTimeSeparator(value);
		String datePart = (split < 0) ? value : value.substring(0, split);
		String timePart = (split < 0) ? null : value.substring(split + 1).strip();
		try {
			LocalDate date = calendarDate(datePart);
			return (timePart == null || timePart.isEmpty()) ? date.atStartOfDay() : date.atTime(time(timePart));
		}
		catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException ex) {
			throw new FieldException("invalid date '" + SheetCells.clip(text) + "' (expected yyyy-MM-dd or dd/MM/yyyy, "
					+ "optionally with HH:mm)");
		}
	}

	private static int indexOfTimeSeparator(String value) {
		int space = value.indexOf(' ');
		int t = value.indexOf('T');
		return (space >= 0) ? space : t;
	}

	private static LocalDate calendarDate(String text) {
		if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
			return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
		}
		int first = text.indexOf('/');
		int second = text.indexOf('/', first + 1);
		if (first < 1 || first > 2 || second != text.length() - 5 || second - first < 2 || second - first > 3) {
			throw new DateTimeException(text);
		}
		return LocalDate.of(number(text, second + 1, text.length()), number(text, first + 1, second),
				number(text, 0, first));
	}

	private static LocalTime time(String text) {
		String[] parts = text.split(":");
		if (parts.length < 2 || parts.length > 3) {
			throw new DateTimeException(text);
		}
		int seconds = (parts.length == 3) ? number(parts[2], 0, parts[2].length()) : 0;
		return LocalTime.of(number(parts[0], 0, parts[0].length()), number(parts[1], 0, parts[1].length()), seconds);
	}

	private static int number(String text, int from, int to) {
		if (from >= to || to - from > 4) {
			throw new NumberFormatException(text);
		}
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				throw new NumberFormatException(text);
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/**
	 * @param dateCell whether the value came from an XLSX date cell (then its month counts)
	 * @return the month of {@code yyyy-MM} or {@code MM/yyyy}
	 */
	public static YearMonth period(String text, boolean dateCell) {
		String value = text.strip();
		try {
			if (dateCell) {
				return YearMonth.from(dateTime(value));
			}
			if (value.length() == 7 && value.charAt(4) == '-') {
				return YearMonth.of(number(value, 0, 4), number(value, 5, 7));
			}
			int slash = value.indexOf('/');
			if ((slash == 1 || slash == 2) && value.length() == slash + 5) {
				return YearMonth.of(number(value, slash + 1, value.length()), number(value, 0, slash));
			}
		}
		catch (DateTimeException | NumberFormatException | FieldException ex) {
			// reported below
		}
		throw new FieldException("invalid period '" + SheetCells.clip(text) + "' (expected yyyy-MM or MM/yyyy)");
	}

	/** @return whole VND from text such as {@code 12.500}, {@code 12,500 đ}, {@code -1 000 ₫} */
	public static long money(String text) {
		String value = stripCurrency(text.strip());
		boolean negative = value.startsWith("-");
		long amount = grouped(negative ? value.substring(1).strip() : value, text, true);
		return negative ? -amount : amount;
	}

	/** @return whole VND from an XLSX numeric cell; a fraction is an error, not rounded */
	public static long moneyNumber(String number) {
		try {
			BigDecimal value = new BigDecimal(number.strip());
			if (value.stripTrailingZeros().scale() > 0) {
				throw new FieldException("fractional amount '" + SheetCells.clip(number) + "' (money is whole VND)");
			}
			return value.longValueExact();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			throw new FieldException("not an amount: '" + SheetCells.clip(number) + "'");
		}
	}

	/** @return a whole number, thousands grouping allowed */
	public static int integer(String text) {
		long value = longValue(text);
		if (value != (int) value) {
			throw new FieldException("number out of range: '" + SheetCells.clip(text) + "'");
		}
		return (int) value;
	}

	/** @return a whole number, thousands grouping allowed */
	public static long longValue(String text) {
		String value = text.strip();
		boolean negative = value.startsWith("-");
		long number = grouped(negative ? value.substring(1) : value, text, false);
		return negative ? -number : number;
	}

	private static String stripCurrency(String value) {
		String lower = value.toLowerCase(java.util.Locale.ROOT);
		for (String suffix : new String[] { "vnđ", "vnd", "đồng", "đ", "₫" }) {
			if (lower.endsWith(suffix)) {
				return value.substring(0, value.length() - suffix.length()).strip();
			}
		}
		return value;
	}

	private static long grouped(String value, String original, boolean money) {
		try {
			return groupedDigits(value, original, money);
		}
		catch (ArithmeticException ex) {
			throw new FieldException("number too large: '" + SheetCells.clip(original) + "'");
		}
	}

	private static long groupedDigits(String value, String original, boolean money) {
		String what = money ? "amount" : "number";
		if (value.isEmpty()) {
			throw new FieldException("not an " + what + ": '" + SheetCells.clip(original) + "'");
		}
		char separator = 0;
		int groupLength = -1;
		long result = 0;
		int digits = 0;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c >= '0' && c <= '9') {
				result = Math.addExact(Math.multiplyExact(result, 10), c - '0');
				digits++;
				groupLength = (groupLength >= 0) ? groupLength + 1 : -1;
				continue;
			}
			boolean space = c == ' ' || c == '\u00A0' || c == '\u202F';
			boolean firstGroupTooLong = separator == 0 && digits > 3;
			if (!(c == '.' || c == ',' || space) || digits == 0 || (separator != 0 && separator != (space ? ' ' : c))
					|| (groupLength >= 0 && groupLength != 3) || firstGroupTooLong) {
				throw notGrouped(original, money, what, c);
			}
			separator = space ? ' ' : c;
			groupLength = 0;
		}
		if (groupLength >= 0 && groupLength != 3) {
			throw notGrouped(original, money, what, separator);
		}
		return result;
	}

	private static FieldException notGrouped(String original, boolean money, String what, char c) {
		if ((c == '.' || c == ',') && original.matches("\\s*-?[0-9]+[.,][0-9]+\\s*(đ|₫|VND|vnd)?\\s*")) {
			return new FieldException(money ? "fractional amount '" + SheetCells.clip(original) + "' (money is whole VND)"
					: "not a whole number: '" + SheetCells.clip(original) + "'");
		}
		return new FieldException("not an " + what + ": '" + SheetCells.clip(original) + "'");
	}

	/**
	 * @return the code in its canonical form (see {@link Codes}); a numeric workbook cell
	 * already reads as its digits
	 */
	public static String code(String text) {
		return Codes.canonical(text);
	}

	/** @return a 4-digit state-budget sub-item (tiểu mục), such as {@code 6603} */
	public static String subItem(String text) {
		String code = code(text);
		if (code.length() != 4 || !code.chars().allMatch(Character::isDigit)) {
			throw new FieldException("budget sub-item must be 4 digits, not '" + text + "'");
		}
		return code;
	}

	/**
	 * @param aliases the allowed codes and names, keyed by {@link HeaderNames#normalize}
	 * @return the code the value names
	 */
	public static String enumCode(String text, Map<String, String> aliases) {
		String code = aliases.get(HeaderNames.normalize(text));
		if (code == null) {
			throw new FieldException("unknown value '" + SheetCells.clip(text) + "' (allowed: "
					+ String.join(", ", new TreeSet<>(aliases.values())) + ")");
		}
		return code;
	}

}
