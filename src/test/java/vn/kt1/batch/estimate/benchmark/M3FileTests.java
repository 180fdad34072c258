package vn.kt1.batch.estimate.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kt1.batch.estimate.forecast.Forecasters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class M3FileTests {

	static final Path TWO_SERIES = Path.of("src/test/resources/estimate/m3-two-series.csv");

	@TempDir
	Path dir;

	@Test
	void splitsEachSeriesIntoHistoryAndTestPeriod() {
		List<M3Series> series = M3File.read(TWO_SERIES);

		assertThat(series).extracting(M3Series::id, M3Series::category)
			.containsExactly(tuple("A1", "MICRO"), tuple("B2", "OTHER"));
		assertThat(series.get(0).history()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 3);
		assertThat(series.get(0).actual()).hasSize(18).startsWith(2, 3).endsWith(6, 7);
		assertThat(series.get(1).history()).hasSize(13).containsOnly(10);
		assertThat(series.get(1).actual()).hasSize(18).containsOnly(20);
	}

	@Test
	void benchmarkAveragesTheMeasuresOverTheSeries() {
		List<M3Series> series = M3File.read(TWO_SERIES);

		ForecastBenchmark.Run run = ForecastBenchmark.run(BenchmarkCase.test(series, 18), 18,
				(one, horizon) -> Map.of("Seasonal naive",
						Forecasters.seasonalNaive().forecast(one.history(), horizon).values()),
				2);

		// A1: the test period repeats the last year exactly, every error 0 (its lag-12 scale 2).
		// B2: 10 forecast for 20: sMAPE 200 * 10 / 30 each month; total 120 for 240 = 50 %;
		// no MASE (the history does not change at lag 12); no Naive2 here, so no OWA
		Score result = run.scores().get(0);
		assertThat(result.smape()).isCloseTo((0 + 2000.0 / 30) / 2, within(1e-9));
		assertThat(result.mase()).isZero();
		assertThat(result.totalError()).isCloseTo(25, within(1e-9));
		assertThat(result.owa()).isNaN();
		assertThat(result.cases()).isEqualTo(2);
		assertThat(run.forecasts().get(1).get("Seasonal naive")).hasSize(18).containsOnly(10);
	}

	@Test
	void aMalformedLineIsNamedWithItsField() throws Exception {
		assertThat(error("A1,3x,18,MICRO,1990,1,1"))
			.isEqualTo(file() + " line 2, field n: '3x' is not a whole number");
		assertThat(error("A1,20,18,MICRO,1990,1,1,2"))
			.isEqualTo(file() + " line 2, field values: n = 20 but the line has 2 values");
		assertThat(error("A1,3,18,MICRO,1990,1,1,2,3"))
			.isEqualTo(file() + " line 2, field nf: nf = 18 must be at least 1 and less than n = 3");
		assertThat(error("A1,3,1,MICRO,1990,1,1,two,3"))
			.isEqualTo(file() + " line 2, field value 2: 'two' is not a number");
		assertThat(error("A1;3;1")).startsWith(file() + " line 2: expected series,n,nf,category");
	}

	@Test
	void aMissingFileIsSaidInOneLine() {
		assertThatExceptionOfType(M3FileException.class).isThrownBy(() -> M3File.read(this.dir.resolve("none.csv")))
			.withMessage(this.dir.resolve("none.csv")
					+ ": no such file (the M3 monthly data, e.g. ../shared/data/m3-monthly.csv)");
	}

	private Path file() {
		return this.dir.resolve("m3.csv");
	}

	private String error(String line) throws Exception {
		Files.writeString(file(), "series,n,nf,category,start_year,start_month,values...\n" + line + "\n");
		try {
			M3File.read(file());
			return "no error";
		}
		catch (M3FileException ex) {
			return ex.getMessage();
		}
	}

}
