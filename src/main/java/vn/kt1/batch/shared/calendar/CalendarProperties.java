package vn.kt1.batch.shared.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Where the working-day calendar comes from.
 *
 * @param file the calendar file ({@code file:path} or {@code classpath:path}); by default
 * the one shipped with the application, {@code classpath:calendar/vn-working-calendar.csv}
 */
@ConfigurationProperties("kt1.calendar")
public record CalendarProperties(Resource file) {

	/** The calendar shipped with the application. */
	public static final String DEFAULT_FILE = "calendar/vn-working-calendar.csv";

	public CalendarProperties {
		file = (file != null) ? file : new ClassPathResource(DEFAULT_FILE);
	}

}
