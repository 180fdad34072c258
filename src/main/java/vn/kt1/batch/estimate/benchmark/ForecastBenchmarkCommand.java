package vn.kt1.batch.estimate.benchmark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

import vn.kt1.batch.estimate.forecast.Forecaster;
import vn.kt1.batch.estimate.forecast.Forecasters;
import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;

/**
 * {@code kt1 benchmark-forecast}: the accuracy of the budget estimate's forecasting method on
 * the monthly series of the M3 competition, against Theta, Naive2 and seasonal naive run by
 * the same code, with the published figures to compare. Uses no database.
 */
@Component
@Command(name = "benchmark-forecast", mixinStandardHelpOptions = true,
		description = "Accuracy of the estimate's forecasting method on the M3 monthly series "
				+ "(sMAPE, MASE, error of the 12-month total of months 7-18).")
class ForecastBenchmarkCommand implements CliCommand, Callable<Integer> {

	private static final String PUBLISHED = "Published for M3 monthly at 18 months: sMAPE Naive2 16.9, Theta 13.9 "
			+ "(Makridakis & Hibon 2000);%n  total error of months 7-18 with R's forecast package: Naive2 16.1 %%, "
			+ "Theta 11.1 %%, ETS+ARIMA+Theta 11.0 %%.%n";

	@Spec
	private CommandSpec spec;

	@Option(names = "--m3", defaultValue = "../shared/data/m3-monthly.csv",
			description = "The M3 monthly series (default ${DEFAULT-VALUE})")
	private Path file;

	@Option(names = "--horizon", defaultValue = "18",
			description = "Months to forecast, at most the test period of a series (default ${DEFAULT-VALUE})")
	private int horizon;

	@Override
	public Integer call() {
		List<M3Series> series = read();
		for (M3Series one : series) {
			if (this.horizon < 1 || this.horizon > one.actual().length) {
				throw new CliException("--horizon " + this.horizon + " must be from 1 to the " + one.actual().length
						+ " test months of series " + one.id());
			}
		}
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf(Locale.ROOT, "%s: %,d series, %d months ahead%n", this.file, series.size(), this.horizon);
		out.printf(Locale.ROOT, "%-47s %8s %7s %12s %7s %7s%n", "method", "sMAPE %", "MASE", "total 7-18 %",
				"series", "time s");
		print(out, run("kt1 estimate (median of SES/Holt/damped/Theta)", Forecasters.standard(), series));
		print(out, run("Theta", Forecasters.theta(), series));
		print(out, run("Naive2", Forecasters.naive2(), series));
		print(out, run("Seasonal naive", Forecasters.seasonalNaive(), series));
		out.printf(Locale.ROOT, PUBLISHED);
		out.flush();
		return 0;
	}

	private List<M3Series> read() {
		try {
			return M3File.read(this.file);
		}
		catch (M3FileException ex) {
			throw new CliException(ex.getMessage());
		}
	}

	private ForecastBenchmark.Result run(String name, Forecaster forecaster, List<M3Series> series) {
		try {
			return ForecastBenchmark.run(name, forecaster, series, this.horizon);
		}
		catch (IllegalArgumentException ex) {
			throw new CliException(this.file + ": " + ex.getMessage());
		}
	}

	private static void print(PrintWriter out, ForecastBenchmark.Result result) {
		out.printf(Locale.ROOT, "%-47s %8.2f %7.3f %12s %7d %7.2f%n", result.method(), result.smape(), result.mase(),
				Double.isNaN(result.totalError()) ? "-" : String.format(Locale.ROOT, "%.2f", result.totalError()),
				result.series(), result.seconds());
	}

}
