package vn.kt1.batch.benchmark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class StartTimesTests {

	@Test
	void theMedianOfAnOddCountIsTheMiddleOneOfAnEvenCountTheMeanOfTheMiddleTwo() {
		assertThat(StartTimes.median(List.of(900L, 100L, 300L))).isEqualTo(300);
		assertThat(StartTimes.median(List.of(400L, 100L, 1000L, 200L))).isEqualTo(300);
	}

	@Test
	void eachCommandsMedianAndItsRatioToTheFirst(@TempDir Path dir) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		StartTimes times = new StartTimes()
			.add("hello", List.of(java, "-cp", StartBenchmarkCommand.copyOfHello(dir).toString(), Hello.class.getName()))
			.add("hello, 1 s later", List.of("bash", "-c", "sleep 1 && " + java + " -cp " + dir + " "
					+ Hello.class.getName()))
			.measure(3);
		StringWriter out = new StringWriter();

		times.print(new PrintWriter(out, true));

		assertThat(times.median("hello, 1 s later")).isGreaterThanOrEqualTo(1000L);
		assertThat(times.median("hello")).isPositive();
		assertThat(out.toString().lines()).hasSize(2)
			.satisfiesExactly((line) -> assertThat(line).startsWith("hello             ").endsWith(" ms    1.0 x"),
					(line) -> assertThat(line).startsWith("hello, 1 s later  ").endsWith(" x"));
	}

	@Test
	void aCommandThatFailsStopsTheMeasurement() {
		StartTimes times = new StartTimes().add("false", List.of("false"));

		assertThatIllegalStateException().isThrownBy(() -> times.measure(1))
			.withMessage("false ended with exit code 1");
	}

}
