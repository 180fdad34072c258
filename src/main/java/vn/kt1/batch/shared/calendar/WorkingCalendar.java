package vn.kt1.batch.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The working days of Vietnamese state agencies: Monday to Friday, except public holidays
 * and the days off the government announces, plus the Saturdays it makes working days.
 * Only the exceptions are data ({@link CalendarDay}); the calendar covers the years they
 * are listed for, and asking about any other year throws {@link YearNotCoveredException}.
 * Immutable and thread-safe.
 */
public final class WorkingCalendar {

	private final String source;

	private final Map<LocalDate, CalendarDay> days;

	private final SortedSet<Integer> years;

	/**
	 * @param source where the days come from, for messages
	 * @param days the exceptional days; the calendar covers exactly their years
	 */
	public WorkingCalendar(String source, Collection<CalendarDay> days) {
		Map<LocalDate, CalendarDay> byDate = new HashMap<>();
		SortedSet<Integer> years = new TreeSet<>();
		for (CalendarDay day : days) {
			if (byDate.putIfAbsent(day.date(), day) != null) {
				throw new IllegalArgumentException(source + " lists " + day.date() + " twice");
			}
			years.add(day.date().getYear());
		}
		if (years.isEmpty()) {
			throw new IllegalArgumentException(source + " lists no days");
		}
		this.source = source;
		this.days = Map.copyOf(byDate);
		this.years = Collections.unmodifiableSortedSet(years);
	}

	/** @return where the days come from */
	public String source() {
		return this.source;
	}

	/** @return the years the calendar covers, in order */
	public SortedSet<Integer> coveredYears() {
		return this.years;
	}

	/** @return whether the calendar covers the date's year */
	public boolean covers(LocalDate date) {
		return this.years.contains(date.getYear());
	}

	/**
	 * @return the holiday, day off or working weekend day on that date, empty on an
	 * ordinary day
	 * @throws YearNotCoveredException when the year is not covered
	 */
	public Optional<CalendarDay> day(LocalDate date) {
		requireCovered(date);
		return Optional.ofNullable(this.days.get(date));
	}

	/** @throws YearNotCoveredException when the year is not covered */
	public boolean isWorkingDay(LocalDate date) {
		CalendarDay day = day(date).orElse(null);
		if (day != null) {
			return day.kind().working();
		}
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/**
	 * The n-th working day after {@code j}: J + n. The day {@code j} itself does not count
	 * and may be a day off.
	 * @param n at least 1
	 * @throws YearNotCoveredException when a day to examine is in a year not covered
	 */
	public LocalDate plusWorkingDays(LocalDate j, int n) {
		if (n < 1) {
			throw new IllegalArgumentException("n must be at least 1, not " + n);
		}
		LocalDate day = j;
		int counted = 0;
		while (counted < n) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * The working days after {@code from} up to and including {@code to}: the inverse of
	 * {@link #plusWorkingDays}, e.g. how many working days an item took.
	 * @param to not before {@code from}
	 * @throws YearNotCoveredException when a day to examine is in a year not covered
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException(to + " is before " + from);
		}
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	private void requireCovered(LocalDate date) {
		if (!covers(date)) {
			throw new YearNotCoveredException(date.getYear(), this.source, coveredText());
		}
	}

	/** @return the covered years as ranges, e.g. {@code 2023–2027} */
	String coveredText() {
		StringBuilder text = new StringBuilder();
		Integer start = null;
		Integer previous = null;
		for (int year : this.years) {
			if (previous != null && year != previous + 1) {
				appendRange(text, start, previous);
				start = null;
			}
			start = (start != null) ? start : year;
			previous = year;
		}
		appendRange(text, start, previous);
		return text.toString();
	}

	private static void appendRange(StringBuilder text, int start, int end) {
		if (!text.isEmpty()) {
			text.append(", ");
		}
		text.append(start);
		if (end > start) {
			text.append('–').append(end);
		}
	}

}
