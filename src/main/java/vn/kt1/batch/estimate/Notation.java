package vn.kt1.batch.estimate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import vn.kt1.batch.shared.Vnd;

/** Months, days and numbers as Vietnamese write them: {@code 05/2026}, {@code 1,15}, {@code 12,3 %}. */
public final class Notation {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private Notation() {
	}

	/** @return {@code 05/2026} */
	static String month(YearMonth month) {
		return MONTH.format(month);
	}

	/** @return {@code 15/06/2026} */
	public static String day(LocalDate day) {
		return DAY.format(day);
	}

	/** @return {@code 01/2024–05/2026}, or one month alone */
	public static String months(YearMonth from, YearMonth to) {
		return from.equals(to) ? month(from) : month(from) + "–" + month(to);
	}

	/** @return a decimal with {@code ,} before its decimals and without trailing zeros: {@code 1,15} */
	public static String decimal(BigDecimal value) {
		BigDecimal plain = value.stripTrailingZeros();
		if (plain.scale() < 0) {
			plain = plain.setScale(0);
		}
		String text = plain.toPlainString();
		int point = text.indexOf('.');
		String whole = (point < 0) ? text : text.substring(0, point);
		String grouped = whole.startsWith("-") ? "-" + Vnd.group(Long.parseLong(whole.substring(1)))
				: Vnd.group(Long.parseLong(whole));
		return (point < 0) ? grouped : grouped + "," + text.substring(point + 1);
	}

	/** @return a percentage with one decimal: {@code 12,3 %} */
	public static String percent(BigDecimal percent) {
		return decimal(percent.setScale(1, RoundingMode.HALF_UP)) + " %";
	}

}
