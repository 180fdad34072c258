package vn.kt1.batch;

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

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(Kt1Application.class);
		application.setAddCommandLineProperties(false);
		System.exit(SpringApplication.exit(application.run(args)));
	}

}
