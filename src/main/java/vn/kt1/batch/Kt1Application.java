package vn.kt1.batch;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;

import org.springframework.beans.BeansException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.kt1.batch.shared.cli.JobFailures;

/**
 * The {@code kt1} command: every subcommand runs in this one application, against the
 * embedded MariaDB or the configured external server, and returns an exit code; help and
 * version ({@link HelpWithoutSpring}), and the commands that only read while the database
 * runs ({@link ReadWithoutSpring}), are answered before the application starts. Only
 * {@code kt1 serve} (without {@code --no-web}) starts the web console; every other command
 * runs without a web server.
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
		PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
		PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
		Integer answered = HelpWithoutSpring.answer(out, err, args);
		if (answered == null) {
			answered = ReadWithoutSpring.answer(out, err, args);
		}
		if (answered != null) {
			System.exit(answered);
		}
		SpringApplication application = new SpringApplication(Kt1Application.class);
		application.setAddCommandLineProperties(false);
		application.setWebApplicationType(servesTheConsole(args) ? WebApplicationType.SERVLET : WebApplicationType.NONE);
		int exitCode;
		try {
			exitCode = SpringApplication.exit(application.run(args));
		}
		catch (RuntimeException ex) {
			// the log file has the whole failure; the console gets one line, as for any command error
			System.err.println("kt1: cannot start: " + JobFailures.firstLine(rootCause(ex)) + " (details in "
					+ logFile() + ")");
			exitCode = 1;
		}
		System.exit(exitCode);
	}

	/**
	 * @return the deepest cause, or the one above it that says the same with more context
	 * (a connection refused, and the database it was refused by), below Spring's bean wrappers
	 */
	private static Throwable rootCause(Throwable failure) {
		List<Throwable> chain = new ArrayList<>();
		for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
			chain.add(cause);
		}
		int chosen = chain.size() - 1;
		while (chosen > 0 && !(chain.get(chosen - 1) instanceof BeansException)
				&& JobFailures.firstLine(chain.get(chosen - 1)).contains(JobFailures.firstLine(chain.get(chosen)))) {
			chosen--;
		}
		return chain.get(chosen);
	}

	/** @return where the log file is, as the packaged settings put it */
	private static String logFile() {
		String file = System.getProperty("logging.file.name");
		if (file != null) {
			return file;
		}
		String dir = System.getProperty("kt1.data-dir", System.getenv().getOrDefault("KT1_DATA_DIR", "data"));
		return dir + "/logs/kt1.log";
	}

	/** @return whether the command line is {@code serve} without {@code --no-web} (nor help) */
	static boolean servesTheConsole(String... args) {
		return args.length > 0 && "serve".equals(args[0])
				&& Arrays.stream(args).noneMatch((arg) -> arg.equals("--no-web") || arg.equals("--help")
						|| arg.equals("-h") || arg.equals("-V") || arg.equals("--version"));
	}

}
