package vn.kt1.batch.reconcile.quality;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The delivery norms and how a deadline falls within a day.
 *
 * @param normsFile the norms file ({@code file:path} or {@code classpath:path}); by default
 * the one shipped with the application, {@code classpath:calendar/delivery-norms.csv}
 * @param halfDayCutoff the deadline of a half day: J + 1.5 is this time of the second
 * working day after J; default 12:00
 * @param dayEnd the deadline of a whole day: J + 1 is this time of the first working day
 * after J; default 23:59:59 (delivery times are kept to the second)
 */
@ConfigurationProperties("kt1.reconcile")
public record DeliveryNormsProperties(Resource normsFile, LocalTime halfDayCutoff, LocalTime dayEnd) {

	/** The norms shipped with the application. */
	public static final String DEFAULT_FILE = "calendar/delivery-norms.csv";

	public DeliveryNormsProperties {
		normsFile = (normsFile != null) ? normsFile : new ClassPathResource(DEFAULT_FILE);
		halfDayCutoff = (halfDayCutoff != null) ? halfDayCutoff : LocalTime.NOON;
		dayEnd = (dayEnd != null) ? dayEnd : LocalTime.of(23, 59, 59);
	}

}
