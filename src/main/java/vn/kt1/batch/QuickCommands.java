package vn.kt1.batch;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import vn.kt1.batch.shared.cli.CliCommand;

/**
 * {@code kt1 --help} and {@code kt1 --version} without starting the application: they need
 * no database, scheduler or job, and answered from a whole application context they took
 * seconds. The command list is read from the same place the application registers its
 * commands from: the {@link CliCommand} classes on the class path and their {@link Command}
 * annotations (name and description), in the order the application finds them.
 */
final class QuickCommands {

	private static final Set<String> HELP = Set.of("--help", "-h");

	private static final Set<String> VERSION = Set.of("--version", "-V");

	private QuickCommands() {
	}

	/** @return whether these arguments are answered here, without the application */
	static boolean handles(String... args) {
		return args.length == 1 && (HELP.contains(args[0]) || VERSION.contains(args[0]));
	}

	/** @return the exit code */
	static int execute(PrintWriter out, String... args) {
		CommandLine root = new CommandLine(new Kt1Command());
		if (HELP.contains(args[0])) {
			for (CommandSpec command : commands()) {
				root.addSubcommand(command.name(), new CommandLine(command));
			}
		}
		root.setOut(out);
		try {
			return root.execute(args);
		}
		finally {
			out.flush();
		}
	}

	/** @return each command's name and description, as its annotation declares them */
	static List<CommandSpec> commands() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(CliCommand.class));
		// reading only the classes named like commands is a tenth of the class files (a test checks
		// that this finds every command the application registers)
		scanner.setResourcePattern("**/*Command*.class");
		List<CommandSpec> specs = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents(Kt1Application.class.getPackageName())) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), QuickCommands.class.getClassLoader());
			Command command = type.getAnnotation(Command.class);
			CommandSpec spec = CommandSpec.create().name(command.name()).aliases(command.aliases());
			spec.usageMessage().description(command.description());
			specs.add(spec);
		}
		return specs;
	}

}
