package vn.kt1.batch.alert.event;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A deadline of the calendar.
 *
 * @param name what is due, e.g. {@code Báo cáo năm về cung cấp và sử dụng dịch vụ KT1}
 * @param every the day it is due each year, or {@code null} for a single date
 * @param once the single date it is due, or {@code null} for a yearly one
 * @param output the job whose completed run for the year is the output ({@code null}: a date
 * with nothing to watch, reminded only)
 * @param yearOffset the year of the output, from the deadline's year (0 this year, 1 next year)
 * @param remindDays how many days before the date the reminder goes
 * @param note a line for the message (who sends what to whom)
 */
record Deadline(String name, MonthDay every, LocalDate once, String output, int yearOffset, int remindDays,
		String note) {

	/** @return the dates of this deadline near a day: last year's, this year's and next year's */
	List<LocalDate> datesAround(LocalDate today) {
		if (this.once != null) {
			return List.of(this.once);
		}
		return Stream.of(-1, 0, 1).map((offset) -> this.every.atYear(today.getYear() + offset)).toList();
	}

	/** @return the year of the output due on a date */
	int outputYear(LocalDate due) {
		return due.getYear() + this.yearOffset;
	}

	/** @return the event key of a message about one date: {@code deadline:bao-cao-nam...:2026-12-10:reminder} */
	String key(LocalDate due, String what) {
		String slug = Normalizer.normalize(this.name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		return "deadline:" + ((slug.length() > 120) ? slug.substring(0, 120) : slug) + ":" + due + ":" + what;
	}

}
