package vn.kt1.batch.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the web console ({@code kt1.web.*}); the port, address, session timeout and
 * upload limits are Spring Boot's ({@code server.*}, {@code spring.servlet.multipart.*}).
 *
 * @param maxFailedLogins failed logins in a row that lock an account
 * @param lockout how long a locked account stays locked
 * @param pageSize rows per page of the console's tables
 */
@ConfigurationProperties("kt1.web")
public record WebProperties(Integer maxFailedLogins, Duration lockout, Integer pageSize) {

	public WebProperties {
		maxFailedLogins = (maxFailedLogins != null) ? maxFailedLogins : 5;
		lockout = (lockout != null) ? lockout : Duration.ofMinutes(15);
		pageSize = (pageSize != null) ? pageSize : 50;
	}

}
