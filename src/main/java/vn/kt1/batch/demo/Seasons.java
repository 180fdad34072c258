package vn.kt1.batch.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;

/**
 * How busy a day is: weekends and Tết are quiet, the year-end is busy, volume grows year
 * on year, and Party congress seasons (communes in spring and summer 2025, provinces in
 * autumn 2025, the national congress in early 2026) bring spikes.
 */
final class Seasons {

	private static final Map<Integer, LocalDate> TET = Map.of(2023, LocalDate.of(2023, 1, 22), 2024,
			LocalDate.of(2024, 2, 10), 2025, LocalDate.of(2025, 1, 29), 2026, LocalDate.of(2026, 2, 17), 2027,
			LocalDate.of(2027, 2, 6));

	private static final double[] MONTH = { 1.0, 0.9, 1.0, 1.0, 0.95, 1.0, 0.95, 0.95, 1.0, 1.05, 1.15, 1.3 };

	private Seasons() {
	}

	static double factor(LocalDate day, String level) {
		double factor = MONTH[day.getMonthValue() - 1] * Math.pow(1.06, day.getYear() - 2023);
		if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			factor *= 0.15;
		}
		LocalDate tet = TET.get(day.getYear());
		if (tet != null && !day.isBefore(tet.minusDays(4)) && !day.isAfter(tet.plusDays(6))) {
			factor *= 0.15;
		}
		return factor * congress(day, level);
	}

	private static double congress(LocalDate day, String level) {
		boolean commune = "XA".equals(level) || "DAC_BIET".equals(level);
		if (day.getYear() == 2025 && commune && day.getMonthValue() >= Month.APRIL.getValue()
				&& day.getMonthValue() <= Month.AUGUST.getValue()) {
			return 1.4;
		}
		if (day.getYear() == 2025 && !commune && day.getMonthValue() >= Month.AUGUST.getValue()
				&& day.getMonthValue() <= Month.NOVEMBER.getValue()) {
			return 1.5;
		}
		if (day.getYear() == 2026 && "TINH".equals(level) && day.getMonthValue() <= Month.FEBRUARY.getValue()) {
			return 1.3;
		}
		return 1.0;
	}

}
