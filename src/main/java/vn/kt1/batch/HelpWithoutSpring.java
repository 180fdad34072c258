package vn.kt1.batch;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.regex.Pattern;

import picocli.CommandLine;

import vn.kt1.batch.shared.cli.CliCommand;

/**
 * Answers {@code --help} and {@code --version}, of {@code kt1} or of any of its commands,
 * without an application context (no database, no jobs): in a few tenths of a second
 * instead of the whole start. The command tree is the one {@link Kt1CommandLine} builds,
 * from the same {@link CliCommand} classes found by the same scan, but each command is
 * created by {@link UnwiredCommandFactory} instead of Spring. A command line that asks for
 * no help, or that does not parse, is left to the application, which answers it as always.
 */
final class HelpWithoutSpring {

	/** Options that may ask for help or the version, alone or clustered ({@code -hV}). */
	private static final Pattern HELP_OPTION = Pattern.compile("--help|--version|-[A-Za-z]*[hV][A-Za-z]*");

	private HelpWithoutSpring() {
	}

	/**
	 * @param out standard output
	 * @param err standard error
	 * @param args the arguments after {@code kt1}
	 * @return the exit code once the help or version is printed, or {@code null} when the
	 * command line asks for neither and needs the application
	 */
	static Integer answer(PrintWriter out, PrintWriter err, String... args) {
		if (Arrays.stream(args).noneMatch((arg) -> HELP_OPTION.matcher(arg).matches())) {
			return null;
		}
		ProjectComponents components = new ProjectComponents();
		CommandLine root = Kt1CommandLine.commandLine(new UnwiredCommandFactory(components),
				components.of(CliCommand.class), out, err);
		try {
			return CommandLine.executeHelpRequest(root.parseArgs(args));
		}
		catch (CommandLine.ParameterException ex) {
			return null;
		}
		finally {
			out.flush();
			err.flush();
		}
	}

}
