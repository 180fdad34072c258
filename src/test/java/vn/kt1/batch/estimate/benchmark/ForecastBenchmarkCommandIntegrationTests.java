package vn.kt1.batch.estimate.benchmark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import vn.kt1.batch.Kt1CommandLine;
import vn.kt1.batch.Kt1IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@Kt1IntegrationTest
class ForecastBenchmarkCommandIntegrationTests {

	@Autowired
	private Kt1CommandLine commandLine;

	@TempDir
	private Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@Test
	void printsOneRowPerMethodWithOwaAndThePublishedFigures() {
		int exitCode = run("benchmark-forecast", "--series", M3FileTests.TWO_SERIES.toString());

		assertThat(exitCode).isZero();
		assertThat(this.out.toString().lines())
			.anySatisfy((line) -> assertThat(line).startsWith("kt1 estimate (8 members and network)"))
			.anySatisfy((line) -> assertThat(line).startsWith("ETS (Akaike-weighted, capped)"))
			.anySatisfy((line) -> assertThat(line).startsWith("Theta (capped, seasonally adjusted)"))
			.anySatisfy((line) -> assertThat(line).startsWith("SES (capped, seasonally adjusted)"))
			.anySatisfy((line) -> assertThat(line).startsWith("Damped trend (capped, seasonally adjusted)"))
			.anySatisfy((line) -> assertThat(line).startsWith("Dynamic optimised Theta (capped, s. adj.)"))
			.anySatisfy((line) -> assertThat(line).startsWith("ARIMA(p,1,0) (capped, seasonally adjusted)"))
			.anySatisfy((line) -> assertThat(line).startsWith("SES of quarters (capped, seasonally adjusted)"))
			.anySatisfy((line) -> assertThat(line).startsWith("Theta of years (capped, seasonally adjusted)"))
			.anySatisfy((line) -> assertThat(line).startsWith("Theta "))
			// Naive2 against itself: OWA 1
			.anySatisfy((line) -> assertThat(line.split("\\s+")).startsWith("Naive2").contains("1.000"))
			// seasonal naive on the two series: sMAPE (0 + 66.67) / 2, MASE 0, total error 25 %
			.anySatisfy((line) -> assertThat(line.split("\\s+", -1)).startsWith("Seasonal", "naive", "33.33", "0.000"))
			.anySatisfy((line) -> assertThat(line).startsWith("method ").contains("OWA"));
		assertThat(this.out.toString()).contains("2 series, 18 months ahead, test parts")
			.contains("training parts: no network (0 windows, fewer than 20,000)")
			.contains("Naive2 16.9, Theta 13.9 (Makridakis & Hibon 2000)");
	}

	@Test
	void aFileOfEnoughSeriesGetsTheNetworkLearntFromItsTrainingParts() throws Exception {
		// 900 series of 48 training months and 6 test months: 24 windows of two years each
		Path file = this.dir.resolve("many.csv");
		StringBuilder csv = new StringBuilder("series,n,nf,category,start_year,start_month,values...\n");
		for (int i = 0; i < 900; i++) {
			csv.append("S").append(i).append(",54,6,MICRO,2000,1");
			for (int t = 0; t < 54; t++) {
				csv.append(',').append((10 + i % 7) * (((t + i) % 12 == 11) ? 3 : 1) + t / 12);
			}
			csv.append('\n');
		}
		Files.writeString(file, csv);
		Path forecasts = this.dir.resolve("forecasts.csv");

		int exitCode = run("benchmark-forecast", "--series", file.toString(), "--horizon", "6", "--per-series",
				forecasts.toString());

		assertThat(exitCode).isZero();
		assertThat(this.out.toString()).contains("training parts: a network learnt from 21,600 windows");
		assertThat(this.out.toString().lines())
			.anySatisfy((line) -> assertThat(line).startsWith("Pooled network (24 months in)"));
		List<String> lines = Files.readAllLines(forecasts);
		assertThat(lines).filteredOn((line) -> line.startsWith("S0,Pooled network (24 months in),")).hasSize(1);
	}

	@Test
	void writesEveryForecastForAnyoneToRescoreAndTheM3OptionStays() throws Exception {
		Path forecasts = this.dir.resolve("forecasts.csv");

		int exitCode = run("benchmark-forecast", "--m3", M3FileTests.TWO_SERIES.toString(), "--horizon", "6",
				"--per-series", forecasts.toString());

		assertThat(exitCode).isZero();
		List<String> lines = Files.readAllLines(forecasts);
		assertThat(lines.get(0)).isEqualTo("series,method,f1,f2,f3,f4,f5,f6");
		// seasonal naive repeats the last year of A1 (1..12, 3): 2, 3, ... and B2's 10
		assertThat(lines).contains("A1,Seasonal naive,2.0,3.0,4.0,5.0,6.0,7.0",
				"B2,Seasonal naive,10.0,10.0,10.0,10.0,10.0,10.0");
		assertThat(lines).filteredOn((line) -> line.startsWith("A1,")).hasSize(
				(int) lines.stream().filter((line) -> line.startsWith("B2,")).count());
		assertThat(this.out.toString()).contains("forecasts of every series and method: " + forecasts);
	}

	@Test
	void validationScoresOriginsInsideTheTrainingPartsOnly() {
		int exitCode = run("benchmark-forecast", "--series", M3FileTests.TWO_SERIES.toString(), "--validation");

		// 13 training months each: no origin leaves two years before it
		assertThat(exitCode).isZero();
		assertThat(this.out.toString()).contains("validation on 3 origins inside the training parts (test parts not "
				+ "used): 0 forecasts");
	}

	@Test
	void aMissingFileOrAWrongHorizonIsOneLine() {
		assertThat(run("benchmark-forecast", "--series", "target/no-such-m3.csv")).isEqualTo(1);
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
