package vn.kt1.batch.report.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The months a year-end report covers: the whole months of the year from January up to the
 * cut-off (the cut-off's own month counts when the cut-off is its last day), so that every
 * figure comes from a month's reconciliation. A cut-off in the next year covers the whole
 * year.
 *
 * @param year the report's year
 * @param cutoff the day the data is taken up to
 * @param first January of the year
 * @param last the last whole month
 */
public record ReportPeriod(int year, LocalDate cutoff, YearMonth first, YearMonth last) {

	/**
	 * @throws IllegalArgumentException when the cut-off is before the end of January of the
	 * year (no whole month)
	 */
	public static ReportPeriod of(int year, LocalDate cutoff) {
		YearMonth last = YearMonth.from(cutoff.plusDays(1)).minusMonths(1);
		if (last.isAfter(YearMonth.of(year, 12))) {
			last = YearMonth.of(year, 12);
		}
		if (last.getYear() < year) {
			throw new IllegalArgumentException("cut-off " + cutoff + " leaves no whole month of " + year
					+ " (it must be 31 January " + year + " or later)");
		}
		return new ReportPeriod(year, cutoff, YearMonth.of(year, 1), last);
	}

	/**
	 * Any whole months (the Department's report: a half-year, a year, or on request); the
	 * cut-off is the last month's last day.
	 * @throws IllegalArgumentException when {@code last} is before {@code first}, or the period is
	 * longer than 24 months
	 */
	public static ReportPeriod between(YearMonth first, YearMonth last) {
		if (last.isBefore(first)) {
			throw new IllegalArgumentException("to " + last + " is before from " + first);
		}
		if (first.plusMonths(24).isBefore(last.plusMonths(1))) {
			throw new IllegalArgumentException(first + ".." + last + " is longer than 24 months");
		}
		return new ReportPeriod(last.getYear(), last.atEndOfMonth(), first, last);
	}

	/** @return the months, oldest first */
	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = this.first; !month.isAfter(this.last); month = month.plusMonths(1)) {
			months.add(month);
		}
		return months;
	}

	/** @return the same months a year earlier, for the comparison */
	public List<YearMonth> previousYearMonths() {
		return months().stream().map((month) -> month.minusYears(1)).toList();
	}

	/** @return the first day of the period */
	public LocalDate start() {
		return this.first.atDay(1);
	}

	/** @return the last day of the period */
	public LocalDate end() {
		return this.last.atEndOfMonth();
	}

	/** @return whether the period is the whole year */
	boolean wholeYear() {
		return this.last.getMonthValue() == 12;
	}

}
