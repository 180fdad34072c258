package vn.kt1.batch;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import picocli.CommandLine;

import vn.kt1.batch.admin.ExecutionCommand;
import vn.kt1.batch.admin.ExecutionsCommand;
import vn.kt1.batch.reconcile.checks.ChecksCommand;
import vn.kt1.batch.schedule.SchedulesWithoutSpring;
import vn.kt1.batch.shared.db.RunningDatabase;

/**
 * Answers the commands that only read ({@code executions}, {@code execution ID},
 * {@code checks}, {@code schedules}) without an application context, when the database
 * runs already: the external server configured, or the embedded one a {@code kt1 serve}
 * holds. The configuration is read as the application reads it (Spring Boot's config data:
 * the packaged {@code application.yml}, {@code ./config/}, the environment), each command is
 * the application's own class made on one connection ({@link ReadOnlyCollaborators}), so it
 * prints the same; what is skipped is Spring preparing the context, Flyway, Quartz's start
 * and the jobs. When the embedded database does not run, or {@code schedules} finds schedule
 * files that differ from the stored schedules (only the application can check and apply
 * them), the command is left to the application, which answers it as always.
 */
final class ReadWithoutSpring {

	private static final Map<String, Class<?>> COMMANDS = Map.of("executions", ExecutionsCommand.class, "execution",
			ExecutionCommand.class, "checks", ChecksCommand.class);

	private ReadWithoutSpring() {
	}

	/** @return whether the command line is one of the commands answered here */
	static boolean reads(String... args) {
		return args.length > 0 && (COMMANDS.containsKey(args[0]) || isSchedules(args));
	}

	/**
	 * Answer the command line in this process, logging to the application's log file as the
	 * application does (its console is the command's own).
	 * @param out standard output
	 * @param err standard error
	 * @param args the arguments after {@code kt1}
	 * @return the exit code once the command has run, or {@code null} when the command line
	 * needs the application
	 */
	static Integer answer(PrintWriter out, PrintWriter err, String... args) {
		if (!reads(args)) {
			return null;
		}
		ConfigurableEnvironment environment = configuration(Map.of());
		LoggingSystem logging = LoggingSystem.get(ReadWithoutSpring.class.getClassLoader());
		logging.beforeInitialize();
		logging.initialize(new LoggingInitializationContext(environment), null, LogFile.get(environment));
		Integer answered = answer(environment, out, err, args);
		if (answered == null) {
			// the application sets its logging up again, as always
			logging.cleanUp();
		}
		return answered;
	}

	/**
	 * @param environment the application's configuration, as {@link #configuration} reads it
	 * @param out standard output
	 * @param err standard error
	 * @param args the arguments after {@code kt1}
	 * @return the exit code once the command has run, or {@code null} when the command line
	 * needs the application
	 */
	static Integer answer(ConfigurableEnvironment environment, PrintWriter out, PrintWriter err, String... args) {
		if (!reads(args)) {
			return null;
		}
		Binder configuration = Binder.get(environment);
		Optional<SingleConnectionDataSource> database = RunningDatabase.connect(configuration);
		if (database.isEmpty()) {
			return null;
		}
		try {
			if (isSchedules(args)) {
				return schedules(configuration, database.get(), out);
			}
			// the application's command, made with its collaborators on this database
			ReadOnlyCollaborators collaborators = new ReadOnlyCollaborators(configuration, database.get());
			CommandLine root = Kt1CommandLine.commandLine(new CommandLine.IFactory() {

				@Override
				public <K> K create(Class<K> type) throws Exception {
					return UnwiredCommandFactory.create(type, (parameter) -> collaborators.get(parameter.getType()));
				}

			}, List.of(COMMANDS.get(args[0])), out, err);
			return root.execute(args);
		}
		finally {
			database.get().destroy();
			out.flush();
			err.flush();
		}
	}

	/**
	 * @param properties properties that come before every other source (tests pin theirs)
	 * @return the configuration as the application reads it: system properties, the
	 * environment and the config data files
	 */
	static ConfigurableEnvironment configuration(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		if (!properties.isEmpty()) {
			environment.getPropertySources().addFirst(new MapPropertySource("pinned", properties));
		}
		ConfigDataEnvironmentPostProcessor.applyTo(environment);
		return environment;
	}

	private static Integer schedules(Binder configuration, SingleConnectionDataSource database, PrintWriter out) {
		try {
			return SchedulesWithoutSpring.answer(configuration, database, out) ? 0 : null;
		}
		catch (RuntimeException ex) {
			// nothing is printed before every read succeeded: the application answers, or says why not
			return null;
		}
	}

	/** {@code schedules} alone: with options it is left to the application */
	private static boolean isSchedules(String... args) {
		return args.length == 1 && "schedules".equals(args[0]);
	}

}
