package vn.kt1.batch.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import vn.kt1.batch.shared.cli.CliCommand;

/**
 * {@code kt1 benchmark-start}: how long {@code ./kt1 --help} and {@code ./kt1 --version}
 * take, as a user types them (launcher script included), against a bare JVM that prints
 * Hello, all measured in the same run, in turns. Prints each median and its ratio to the
 * bare JVM's; {@code --command} adds other command lines (the read-only commands while
 * {@code kt1 serve} runs). Run it from the project root, where {@code ./kt1} is.
 */
@Component
@Command(name = "benchmark-start", mixinStandardHelpOptions = true,
		description = "Start time of kt1 --help and kt1 --version against a bare JVM printing Hello: "
				+ "medians and ratios.")
class StartBenchmarkCommand implements CliCommand, Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--runs", defaultValue = "5", paramLabel = "N", description = "Runs of each command (default ${DEFAULT-VALUE})")
	private int runs;

	@Option(names = "--launcher", defaultValue = "./kt1", paramLabel = "FILE", description = "The kt1 launcher (default ${DEFAULT-VALUE})")
	private String launcher;

	@Option(names = "--command", paramLabel = "ARGS",
			description = "Another command line to measure, e.g. executions (with kt1 serve running); repeatable")
	private List<String> commands = new ArrayList<>();

	@Override
	public Integer call() throws IOException, InterruptedException {
		Path classes = Files.createTempDirectory("kt1-hello");
		try {
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			StartTimes times = new StartTimes()
				.add("java Hello (bare JVM)", List.of(java, "-cp", copyOfHello(classes).toString(), Hello.class.getName()))
				.add("kt1 --help", List.of(this.launcher, "--help"))
				.add("kt1 --version", List.of(this.launcher, "--version"));
			for (String command : this.commands) {
				List<String> line = new ArrayList<>(List.of(this.launcher));
				line.addAll(List.of(command.trim().split("\\s+")));
				times.add("kt1 " + command.trim(), line);
			}
			times.measure(this.runs);
			PrintWriter out = this.spec.commandLine().getOut();
			out.printf("Median of %d runs, %s, %d processors, %s:%n", this.runs, LocalDate.now(),
					Runtime.getRuntime().availableProcessors(), InetAddress.getLocalHost().getHostName());
			times.print(out);
			return 0;
		}
		finally {
			FileSystemUtils.deleteRecursively(classes);
		}
	}

	/** @return the class path of a copy of {@link Hello}, which runs without the application's jar */
	static Path copyOfHello(Path dir) throws IOException {
		String resource = Hello.class.getName().replace('.', '/') + ".class";
		Path file = dir.resolve(resource);
		Files.createDirectories(file.getParent());
		try (InputStream in = Hello.class.getClassLoader().getResourceAsStream(resource)) {
			Files.copy(in, file);
		}
		return dir;
	}

}
