package vn.kt1.batch;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The {@code kt1} command: every subcommand runs in this one application, against the
 * embedded MariaDB or the configured external server, and returns an exit code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Kt1Application {

	/** The time inputs are written in and days are counted in, unless {@code -Duser.timezone} says otherwise. */
	static final String TIME_ZONE = "Asia/Ho_Chi_Minh";

	public static void main(String[] args) {
		if (System.getProperty("user.timezone") == null) {
			// every process sharing the database counts days and stores times alike, however launched
			TimeZone.setDefault(TimeZone.getTimeZone(TIME_ZONE));
		}
		SpringApplication application = new SpringApplication(Kt1Application.class);
		application.setAddCommandLineProperties(false);
		System.exit(SpringApplication.exit(application.run(args)));
	}

}
