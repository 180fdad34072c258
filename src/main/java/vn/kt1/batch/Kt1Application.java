package vn.kt1.batch;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The {@code kt1} command: every subcommand runs in this one application, against the
 * embedded MariaDB or the configured external server, and returns an exit code. Only
 * {@code kt1 serve} (without {@code --no-web}) starts the web console; every other command
 * runs without a web server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Kt1Application {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(Kt1Application.class);
		application.setAddCommandLineProperties(false);
		application.setWebApplicationType(servesTheConsole(args) ? WebApplicationType.SERVLET : WebApplicationType.NONE);
		System.exit(SpringApplication.exit(application.run(args)));
	}

	/** @return whether the command line is {@code serve} without {@code --no-web} (nor help) */
	static boolean servesTheConsole(String... args) {
		return args.length > 0 && "serve".equals(args[0])
				&& Arrays.stream(args).noneMatch((arg) -> arg.equals("--no-web") || arg.equals("--help")
						|| arg.equals("-h") || arg.equals("-V") || arg.equals("--version"));
	}

}
