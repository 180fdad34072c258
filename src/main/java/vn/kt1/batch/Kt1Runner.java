package vn.kt1.batch;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the command line given to the application and keeps its exit code for
 * {@code SpringApplication.exit}. Tests switch it off and call {@link Kt1CommandLine}.
 */
@Component
@ConditionalOnProperty(name = "kt1.cli.enabled", havingValue = "true", matchIfMissing = true)
class Kt1Runner implements CommandLineRunner, ExitCodeGenerator {

	private final Kt1CommandLine commandLine;

	private int exitCode;

	Kt1Runner(Kt1CommandLine commandLine) {
		this.commandLine = commandLine;
	}

	@Override
	public void run(String... args) {
		PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
		PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
		this.exitCode = this.commandLine.execute(out, err, args);
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
