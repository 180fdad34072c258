package vn.kt1.batch.estimate.benchmark;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.kt1.batch.Kt1CommandLine;
import vn.kt1.batch.Kt1IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@Kt1IntegrationTest
class ForecastBenchmarkCommandIntegrationTests {

	@Autowired
	private Kt1CommandLine commandLine;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@Test
	void printsOneRowPerMethodAndThePublishedFigures() {
		int exitCode = run("benchmark-forecast", "--m3", M3FileTests.TWO_SERIES.toString());

		assertThat(exitCode).isZero();
		assertThat(this.out.toString().lines()).hasSize(8)
			.anySatisfy((line) -> assertThat(line).startsWith("kt1 estimate (median of SES/Holt/damped/Theta)"))
			.anySatisfy((line) -> assertThat(line).startsWith("Theta "))
			.anySatisfy((line) -> assertThat(line).startsWith("Naive2 "))
			// seasonal naive on the two series: sMAPE (0 + 66.67) / 2, MASE 0, total error 25 %
			.anySatisfy((line) -> assertThat(line.split("\\s+", -1)).startsWith("Seasonal", "naive", "33.33", "0.000",
					"25.00", "2"));
		assertThat(this.out.toString()).contains("2 series, 18 months ahead")
			.contains("Naive2 16.9, Theta 13.9 (Makridakis & Hibon 2000)");
	}

	@Test
	void aMissingFileOrAWrongHorizonIsOneLine() {
		assertThat(run("benchmark-forecast", "--m3", "target/no-such-m3.csv")).isEqualTo(1);
		assertThat(this.err.toString()).isEqualTo("kt1: target/no-such-m3.csv: no such file "
				+ "(the M3 monthly data, e.g. ../shared/data/m3-monthly.csv)\n");

		assertThat(run("benchmark-forecast", "--m3", M3FileTests.TWO_SERIES.toString(), "--horizon", "19"))
			.isEqualTo(1);
		assertThat(this.err.toString()).isEqualTo("kt1: --horizon 19 must be from 1 to the 18 test months of series A1\n");
	}

	private int run(String... args) {
		this.out.getBuffer().setLength(0);
		this.err.getBuffer().setLength(0);
		return this.commandLine.execute(new PrintWriter(this.out), new PrintWriter(this.err), args);
	}

}
