package vn.kt1.batch.report.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.kt1.batch.shared.Vnd;

/** Dates, numbers and shares written the Vietnamese way, as official documents write them. */
public final class VietnameseText {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private VietnameseText() {
	}

	/**
	 * The date as a document's place-and-date line writes it (Decree 30/2020): day and month
	 * below 10 with a leading zero for days and for January and February only.
	 * @return e.g. {@code ngày 01 tháng 12 năm 2026}, {@code ngày 05 tháng 01 năm 2026}
	 */
	public static String writtenDate(LocalDate date) {
		int month = date.getMonthValue();
		return String.format("ngày %02d tháng %s năm %d", date.getDayOfMonth(),
				(month <= 2) ? String.format("%02d", month) : Integer.toString(month), date.getYear());
	}

	/** @return e.g. {@code 30/11/2026} */
	public static String day(LocalDate date) {
		return DAY.format(date);
	}

	/** @return e.g. {@code 03/2026} */
	public static String month(YearMonth month) {
		return String.format("%02d/%d", month.getMonthValue(), month.getYear());
	}

	/** @return e.g. {@code 01/2026 – 04/2026, 06/2026, 07/2026}: three or more months in a row as a range */
	public static String months(List<YearMonth> months) {
		List<String> parts = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= months.size(); i++) {
			if (i == months.size() || !months.get(i).equals(months.get(i - 1).plusMonths(1))) {
				if (i - start >= 3) {
					parts.add(month(months.get(start)) + " – " + month(months.get(i - 1)));
				}
				else {
					months.subList(start, i).forEach((m) -> parts.add(month(m)));
				}
				start = i;
			}
		}
		return String.join(", ", parts);
	}

	/** @return e.g. {@code 1.234.567} */
	public static String number(long number) {
		return Vnd.group(number);
	}

	/** @return the share with one decimal and a comma, e.g. {@code 97,2%}; {@code —} without a whole */
	public static String percent(long part, long whole) {
		if (whole == 0) {
			return "—";
		}
		return ratio(part, whole).toPlainString().replace('.', ',') + "%";
	}

	/** @return the share as a fraction for a cell (0.972), {@code null} without a whole */
	public static Double share(long part, long whole) {
		return (whole == 0) ? null : (double) part / whole;
	}

	/**
	 * @return e.g. {@code tăng 6,1%}, {@code giảm 2,0%}, {@code không đổi}; {@code null}
	 * without an earlier figure
	 */
	public static String change(long now, long before) {
		if (before == 0) {
			return null;
		}
		BigDecimal change = ratio(now - before, before);
		if (change.signum() == 0) {
			return "không đổi";
		}
		return ((change.signum() > 0) ? "tăng " : "giảm ") + change.abs().toPlainString().replace('.', ',') + "%";
	}

	private static BigDecimal ratio(long part, long whole) {
		return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1,
				RoundingMode.HALF_UP);
	}

	/** @return the text in capitals, Vietnamese letters included ({@code đ} to {@code Đ}) */
	public static String upper(String text) {
		return text.toUpperCase(VIETNAMESE);
	}

}
