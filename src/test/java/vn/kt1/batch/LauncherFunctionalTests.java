package vn.kt1.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The {@code kt1} launcher and the systemd unit work without a locale: a service, cron or
 * {@code LANG=C} shell still gives the JVM UTF-8 file names, so Vietnamese names in the inbox
 * can be read back.
 */
class LauncherFunctionalTests {

	@Test
	void theLauncherGivesTheJvmUtf8FileNamesWithoutALocale() throws Exception {
		assumeTrue(Files.isRegularFile(Path.of("target/kt1-batch.jar")), "the jar is built by mvn package");
		ProcessBuilder launcher = new ProcessBuilder("./kt1");
		launcher.environment().clear();
		launcher.environment().put("PATH", System.getenv("PATH"));
		launcher.environment().put("HOME", System.getProperty("user.home"));
		launcher.environment().put("KT1_JAVA_OPTS", "-XshowSettings:properties -version");
		launcher.redirectErrorStream(true);
		Process process = launcher.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(output).contains("sun.jnu.encoding = UTF-8").contains("file.encoding = UTF-8");
	}

	@Test
	void helpAndVersionAnswerWithoutStartingTheApplication(@TempDir Path dataDir) throws Exception {
		assumeTrue(Files.isRegularFile(Path.of("target/kt1-batch.jar")), "the jar is built by mvn package");
		for (String option : new String[] { "--help", "--version" }) {
			ProcessBuilder launcher = new ProcessBuilder("./kt1", option);
			launcher.environment().put("KT1_DATA_DIR", dataDir.toString());
			launcher.redirectErrorStream(true);
			Process process = launcher.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).isZero();
			assertThat(output).startsWith(option.equals("--help") ? "Usage: kt1 [-hV] COMMAND" : "kt1-batch ");
		}
		// the application would have started the embedded database and its log there
		try (var entries = Files.list(dataDir)) {
			assertThat(entries).isEmpty();
		}
	}

	@Test
	void theSystemdUnitSetsAUtf8Locale() throws Exception {
		List<String> unit = Files.readAllLines(Path.of("config/systemd/kt1-batch.service"));

		assertThat(unit).contains("Environment=LC_ALL=C.UTF-8");
	}

}
