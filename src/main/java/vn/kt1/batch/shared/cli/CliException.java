package vn.kt1.batch.shared.cli;

import picocli.CommandLine;

/**
 * A failure to report to the operator as one line, with a non-zero exit code.
 */
public class CliException extends RuntimeException {

	private final int exitCode;

	public CliException(String message) {
		this(message, 1);
	}

	public CliException(String message, int exitCode) {
		super(message);
		this.exitCode = exitCode;
	}

	/**
	 * @param commandLine a command that only groups others, e.g. {@code kt1 reference}
	 * @return the usage error of that command typed without one of its commands
	 */
	public static CliException missingCommand(CommandLine commandLine) {
		String name = commandLine.getCommandSpec().qualifiedName();
		var commands = commandLine.getSubcommands().keySet();
		String which = (commands.size() <= 5) ? ": " + String.join(", ", commands) : "";
		return new CliException(name + " needs a command" + which + " (" + name + " --help)", 2);
	}

	public int exitCode() {
		return this.exitCode;
	}

}
