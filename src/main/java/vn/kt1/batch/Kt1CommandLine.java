package vn.kt1.batch;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

import picocli.CommandLine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;
import vn.kt1.batch.shared.cli.JobFailures;

/**
 * The {@code kt1} command line with every {@link CliCommand} bean registered under it.
 * Failures end as one line {@code kt1: reason} on standard error and a non-zero exit code.
 */
@Component
public class Kt1CommandLine {

	private final ApplicationContext context;

	private final ObjectProvider<CliCommand> commands;

	Kt1CommandLine(ApplicationContext context, ObjectProvider<CliCommand> commands) {
		this.context = context;
		this.commands = commands;
	}

	/**
	 * Run one command line.
	 * @param out standard output
	 * @param err standard error
	 * @param args the arguments after {@code kt1}
	 * @return the exit code
	 */
	public int execute(PrintWriter out, PrintWriter err, String... args) {
		// a new instance of each command for each command line: picocli takes the values a
		// command's fields hold when it is added as their defaults, so a reused instance would
		// keep the options of the previous command line (tests run many in one JVM)
		List<Class<?>> types = this.commands.orderedStream().<Class<?>>map(ClassUtils::getUserClass).toList();
		CommandLine root = commandLine(new SpringCommandFactory(this.context), types, out, err);
		try {
			return root.execute(args);
		}
		finally {
			out.flush();
			err.flush();
		}
	}

	/**
	 * The one command tree, with or without Spring.
	 * @param factory creates each command
	 * @param commands the {@link CliCommand} classes, in the order they are listed
	 * @param out standard output
	 * @param err standard error
	 * @return {@code kt1} with its commands, converters and failure handlers
	 */
	static CommandLine commandLine(CommandLine.IFactory factory, List<Class<?>> commands, PrintWriter out,
			PrintWriter err) {
		CommandLine root = new CommandLine(new Kt1Command(), factory);
		for (Class<?> command : commands) {
			root.addSubcommand(create(factory, command));
		}
		root.registerConverter(YearMonth.class, (value) -> parse(value, YearMonth::parse, "a month YYYY-MM"));
		root.registerConverter(LocalDate.class, (value) -> parse(value, LocalDate::parse, "a date YYYY-MM-DD"));
		root.setCaseInsensitiveEnumValuesAllowed(true);
		root.setOut(out);
		root.setErr(err);
		root.setExecutionExceptionHandler(Kt1CommandLine::onFailure);
		root.setParameterExceptionHandler(Kt1CommandLine::onBadUsage);
		return root;
	}

	private static Object create(CommandLine.IFactory factory, Class<?> command) {
		try {
			return factory.create(command);
		}
		catch (Exception ex) {
			throw new CommandLine.InitializationException("cannot create " + command.getName() + ": " + ex, ex);
		}
	}

	private static <T> T parse(String value, Function<String, T> parser, String expected) {
		try {
			return parser.apply(value);
		}
		catch (DateTimeParseException ex) {
			throw new CommandLine.TypeConversionException("'" + value + "' is not " + expected);
		}
	}

	private static int onFailure(Exception ex, CommandLine commandLine, CommandLine.ParseResult result) {
		commandLine.getErr().println("kt1: " + JobFailures.firstLine(ex));
		return (ex instanceof CliException cli) ? cli.exitCode() : 1;
	}

	/**
	 * A command line that does not parse: one line naming what is wrong and where the
	 * command's help is (picocli's default prints the whole usage after the error).
	 */
	private static int onBadUsage(CommandLine.ParameterException ex, String[] args) {
		CommandLine commandLine = ex.getCommandLine();
		String command = commandLine.getCommandSpec().qualifiedName();
		List<String> unmatched = commandLine.getUnmatchedArguments();
		String message = unmatched.isEmpty() ? JobFailures.firstLine(ex) : unmatched(commandLine, unmatched.get(0));
		if (ex instanceof CommandLine.UnmatchedArgumentException unmatchedArgument
				&& !unmatchedArgument.getSuggestions().isEmpty()) {
			message += "; did you mean "
					+ String.join(" or ", unmatchedArgument.getSuggestions().stream().limit(3).toList()) + "?";
		}
		commandLine.getErr().println("kt1: " + message + " (" + command + " --help)");
		return 2;
	}

	/** @return what the first argument picocli could not place is: an option, a command, a value */
	private static String unmatched(CommandLine commandLine, String first) {
		if (first.startsWith("-")) {
			return "unknown option '" + first + "'";
		}
		return (commandLine.getSubcommands().isEmpty() ? "unexpected argument '" : "unknown command '") + first + "'";
	}

}
