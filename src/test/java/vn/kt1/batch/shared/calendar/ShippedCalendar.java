package vn.kt1.batch.shared.calendar;

import org.springframework.core.io.ClassPathResource;

/** The calendar shipped with the application, read once for the tests. */
public final class ShippedCalendar {

	private static final WorkingCalendar CALENDAR = WorkingCalendarFile
		.read(new ClassPathResource(CalendarProperties.DEFAULT_FILE));

	private ShippedCalendar() {
	}

	public static WorkingCalendar get() {
		return CALENDAR;
	}

}
