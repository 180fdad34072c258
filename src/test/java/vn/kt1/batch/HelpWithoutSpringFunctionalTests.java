package vn.kt1.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kt1 --help} and {@code kt1 --version} in a child JVM, as a user runs them: the
 * answer comes without an application context (no context class is even loaded) and
 * without the data directory, where the application keeps its log file and database.
 */
class HelpWithoutSpringFunctionalTests {

	private static final Path DIR = Path.of("target/help-without-spring");

	private static final Path CLASSES = Path.of("target/help-without-spring-classes.txt");

	@Test
	void helpAndVersionStartNoApplicationContextAndTouchNoData() throws Exception {
		FileSystemUtils.deleteRecursively(DIR.toFile());

		String help = kt1("--help");
		String version = kt1("--version");
		String runHelp = kt1("run", "--help");

		assertThat(help).startsWith("Usage: kt1 [-hV] COMMAND\n").contains("\n  serve  ");
		assertThat(version).startsWith("kt1-batch 0.1.0\n");
		assertThat(runHelp).startsWith("Usage: kt1 run [-hV]");
		assertThat(Files.readString(CLASSES)).as("classes loaded by kt1 run --help")
			.contains("vn.kt1.batch.HelpWithoutSpring ")
			.doesNotContain("org.springframework.context.support.GenericApplicationContext ")
			.doesNotContain("org.springframework.boot.SpringApplicationRunListeners ");
		assertThat(DIR).doesNotExist();
	}

	/** @return what {@code kt1 args} printed; the classes it loaded are in {@link #CLASSES} */
	private static String kt1(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xlog:class+load=info:file=" + CLASSES,
				"-cp", System.getProperty("java.class.path"), "-Dkt1.data-dir=" + DIR,
				"-Dlogging.file.name=" + DIR.resolve("kt1.log"), Kt1Application.class.getName()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

}
