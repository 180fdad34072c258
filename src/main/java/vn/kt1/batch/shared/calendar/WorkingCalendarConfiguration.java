package vn.kt1.batch.shared.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link WorkingCalendar} bean, read once at start-up from {@code kt1.calendar.file}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class WorkingCalendarConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(WorkingCalendarConfiguration.class);

	@Bean
	WorkingCalendar workingCalendar(CalendarProperties properties) {
		WorkingCalendar calendar = WorkingCalendarFile.read(properties.file());
		logger.info("Working-day calendar {}: years {}", calendar.source(), calendar.coveredText());
		return calendar;
	}

}
