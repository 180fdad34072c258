package vn.kt1.batch.estimate.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
 * method's choices were made there); {@code --per-series} writes every forecast. The
 * estimate's network is learnt, for each origin, from the histories of that origin's forecasts
 * (the training parts; in validation the months before the origin), and the command prints
 * how many windows it learnt from. Uses no database.
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
		long start = System.nanoTime();
		Map<Integer, Forecasters.Standard> standards = standards(cases, this.horizon);
		double learnt = (System.nanoTime() - start) / 1e9;
		ForecastBenchmark.Run run = run(cases, standards);
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf(Locale.ROOT, "%s: %,d series, %d months ahead, %s: %,d forecasts on %d threads in %.1f s%n",
				this.file, series.size(), this.horizon,
				this.validation ? "validation on " + this.origins + " origins inside the training parts (test parts "
						+ "not used)" : "test parts", cases.size(), this.threads, run.seconds());
		standards.forEach((origin, standard) -> out.printf(Locale.ROOT, "%s: %s%n",
				this.validation ? "origin " + origin : "training parts", standard.network()));
		out.printf(Locale.ROOT, "networks learnt from the histories of each origin's forecasts in %.1f s%n",
				learnt);
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

	/**
	 * The estimate's method for each origin, its network learnt from the histories of that
	 * origin's cases: the months after an origin are never part of what it learns from.
	 */
	static Map<Integer, Forecasters.Standard> standards(List<BenchmarkCase> cases, int horizon) {
		Map<Integer, List<double[]>> pools = new TreeMap<>();
		for (BenchmarkCase one : cases) {
			pools.computeIfAbsent(one.origin(), (k) -> new ArrayList<>()).add(one.history());
		}
		Map<Integer, Forecasters.Standard> standards = new TreeMap<>();
		pools.forEach((origin, pool) -> standards.put(origin, Forecasters.standard(pool, horizon)));
		return standards;
	}

	private ForecastBenchmark.Run run(List<BenchmarkCase> cases, Map<Integer, Forecasters.Standard> standards) {
		try {
			return ForecastBenchmark.run(cases, this.horizon,
					(one, months) -> forecasts(standards.get(one.origin()), one.history(), months), this.threads);
		}
		catch (IllegalArgumentException ex) {
			throw new CliException(this.file + ": " + ex.getMessage());
		}
	}

	/** The estimate's method and its members, then the references. */
	static Map<String, double[]> forecasts(Forecasters.Standard standard, double[] history, int horizon) {
		Map<String, double[]> forecasts = new LinkedHashMap<>(standard.withMembers(history, horizon));
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
