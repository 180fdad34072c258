package vn.kt1.batch.shared.calendar;

import java.time.LocalDate;

/**
 * A day on which the usual rule (Monday to Friday work, Saturday and Sunday off) does not
 * hold, or a public holiday.
 *
 * @param date the day
 * @param kind what it is
 * @param name its Vietnamese name, e.g. {@code Tết Dương lịch}
 */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

}
