package vn.kt1.batch.estimate.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

import vn.kt1.batch.estimate.forecast.Forecasters;
import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;

/**
 * {@code kt1 benchmark-forecast}: the accuracy of the budget estimate's forecasting method and
 * of each of its members on monthly series of the M3 layout, against Theta, Naive2 and
 * seasonal naive run by the same code, with the published figures to compare. With
 * {@code --validation} it scores origins inside each series' training part instead (the
 * method's choices were made there); {@code --per-series} writes every forecast. Uses no
 * database.
 */
@Component
@Command(name = "benchmark-forecast", mixinStandardHelpOptions = true,
		description = "Accuracy of the estimate's forecasting method and its members on monthly series of the M3 "
				+ "layout (sMAPE, MASE, OWA against Naive2, error of the 12-month total of months 7-18).")
class ForecastBenchmarkCommand implements CliCommand, Callable<Integer> {

	private static final String PUBLISHED = "Published for M3 monthly at 18 months: sMAPE Naive2 16.9, Theta 13.9 "
			+ "(Makridakis & Hibon 2000);%n  with R's forecast package: ETS+ARIMA+Theta sMAPE 13.54, total error of "
			+ "months 7-18 Naive2 16.1 %%, Theta 11.1 %%, ETS+ARIMA+Theta 11.0 %%.%n";

	@Spec
	private CommandSpec spec;

	@Option(names = { "--series", "--m3" }, defaultValue = "../shared/data/m3-monthly.csv",
			description = "Monthly series in the M3 layout: series,n,nf,category,start_year,start_month,values... "
					+ "(the last nf values of a series are its test part; default ${DEFAULT-VALUE})")
	private Path file;

	@Option(names = "--horizon", defaultValue = "18",
			description = "Months to forecast, at most the test part of a series (default ${DEFAULT-VALUE})")
	private int horizon;

	@Option(names = "--per-series", paramLabel = "OUT.csv",
			description = "Write every series' forecasts of every method: series,method,f1..fh")
	private Path perSeries;

	@Option(names = "--validation",
			description = "Score origins inside each series' training part instead of its test part")
	private boolean validation;

	@Option(names = "--origins", defaultValue = "3",
			description = "With --validation: origins per series, each 6 months before the next (default ${DEFAULT-VALUE})")
	private int origins;

	@Option(names = "--threads", description = "Series forecast at once (default: the processors, here ${DEFAULT-VALUE})")
	private int threads = Runtime.getRuntime().availableProcessors();

	@Override
	public Integer call() {
		List<M3Series> series = read();
		if (this.threads < 1 || this.origins < 1) {
			throw new CliException("--threads and --origins must be at least 1");
		}
		for (M3Series one : series) {
			if (this.horizon < 1 || this.horizon > one.actual().length) {
				throw new CliException("--horizon " + this.horizon + " must be from 1 to the " + one.actual().length
						+ " test months of series " + one.id());
			}
		}
		List<BenchmarkCase> cases = this.validation ? BenchmarkCase.validation(series, this.horizon, this.origins)
				: BenchmarkCase.test(series, this.horizon);
		ForecastBenchmark.Run run = run(cases);
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf(Locale.ROOT, "%s: %,d series, %d months ahead, %s: %,d forecasts on %d threads in %.1f s%n",
				this.file, series.size(), this.horizon,
				this.validation ? "validation on " + this.origins + " origins inside the training parts (test parts "
						+ "not used)" : "test parts", cases.size(), this.threads, run.seconds());
		out.printf(Locale.ROOT, "%-46s %8s %7s %7s %12s%n", "method", "sMAPE %", "MASE", "OWA", "total 7-18 %");
		for (Score score : run.scores()) {
			out.printf(Locale.ROOT, "%-46s %8.2f %7.3f %7.3f %12s%n", score.method(), score.smape(), score.mase(),
					score.owa(), Double.isNaN(score.totalError()) ? "-"
							: String.format(Locale.ROOT, "%.2f", score.totalError()));
		}
		out.printf(Locale.ROOT, PUBLISHED);
		if (this.perSeries != null) {
			write(cases, run);
			out.println("forecasts of every series and method: " + this.perSeries);
		}
		out.flush();
		return 0;
	}

	private ForecastBenchmark.Run run(List<BenchmarkCase> cases) {
		try {
			return ForecastBenchmark.run(cases, this.horizon, ForecastBenchmarkCommand::forecasts, this.threads);
		}
		catch (IllegalArgumentException ex) {
			throw new CliException(this.file + ": " + ex.getMessage());
		}
	}

	/** The estimate's method and its members, then the references. */
	static Map<String, double[]> forecasts(double[] history, int horizon) {
		Map<String, double[]> forecasts = new LinkedHashMap<>(Forecasters.standardWithMembers(history, horizon));
		forecasts.put("Theta", Forecasters.theta().forecast(history, horizon).values());
		forecasts.put(ForecastBenchmark.NAIVE2, Forecasters.naive2().forecast(history, horizon).values());
		forecasts.put("Seasonal naive", Forecasters.seasonalNaive().forecast(history, horizon).values());
		return forecasts;
	}

	private void write(List<BenchmarkCase> cases, ForecastBenchmark.Run run) {
		try {
			PerSeriesFile.write(this.perSeries, cases, run.forecasts(), this.horizon);
		}
		catch (IOException ex) {
			throw new CliException(this.perSeries + ": " + ex.getMessage());
		}
	}

	private List<M3Series> read() {
		try {
			return M3File.read(this.file);
		}
		catch (M3FileException ex) {
			throw new CliException(ex.getMessage());
		}
	}

}
