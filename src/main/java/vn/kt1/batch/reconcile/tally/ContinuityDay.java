package vn.kt1.batch.reconcile.tally;

import java.time.DayOfWeek;
import java.time.LocalDate;

import vn.kt1.batch.shared.calendar.CalendarDay;
import vn.kt1.batch.shared.calendar.DayKind;
import vn.kt1.batch.shared.calendar.WorkingCalendar;

/**
 * The kind of day an item was accepted or delivered on, for the continuity of the service
 * (the dispatches ask for it "kể cả ngoài giờ hành chính, ngày nghỉ, lễ, Tết"): a working
 * day (a Saturday worked in exchange included), a Saturday or a Sunday off, or a public
 * holiday or day off around one (nghỉ bù, hoán đổi), by the working-day calendar.
 */
public enum ContinuityDay {

	WORKING_DAY("Ngày làm việc"), SATURDAY("Thứ Bảy"), SUNDAY("Chủ nhật"), HOLIDAY("Ngày lễ, Tết, nghỉ bù");

	private final String label;

	ContinuityDay(String label) {
		this.label = label;
	}

	/** @return the Vietnamese label */
	public String label() {
		return this.label;
	}

	/** @throws vn.kt1.batch.shared.calendar.YearNotCoveredException when the calendar does not cover the year */
	public static ContinuityDay of(LocalDate date, WorkingCalendar calendar) {
		CalendarDay day = calendar.day(date).orElse(null);
		if (day != null && day.kind() != DayKind.WORKING_DAY) {
			return HOLIDAY;
		}
		if (day != null || !(date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY)) {
			return WORKING_DAY;
		}
		return (date.getDayOfWeek() == DayOfWeek.SATURDAY) ? SATURDAY : SUNDAY;
	}

}
