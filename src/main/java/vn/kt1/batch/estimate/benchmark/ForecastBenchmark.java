package vn.kt1.batch.estimate.benchmark;

import java.util.Arrays;
import java.util.List;

import vn.kt1.batch.estimate.forecast.Accuracy;
import vn.kt1.batch.estimate.forecast.Forecaster;

/**
 * Runs a forecasting method over M3 series and averages its accuracy: sMAPE and MASE over the
 * horizon, and the error of the 12-month total of months 7 to 18 (an estimate made in June
 * for the next year), when the horizon reaches month 18.
 */
final class ForecastBenchmark {

	static final int PERIOD = 12;

	static final int TOTAL_FROM = 7;

	static final int TOTAL_TO = 18;

	private ForecastBenchmark() {
	}

	static Result run(String method, Forecaster forecaster, List<M3Series> series, int horizon) {
		double[] smape = new double[series.size()];
		double[] mase = new double[series.size()];
		double[] total = new double[series.size()];
		long start = System.nanoTime();
		for (int i = 0; i < series.size(); i++) {
			M3Series one = series.get(i);
			double[] actual = Arrays.copyOf(one.actual(), horizon);
			double[] forecast = forecast(forecaster, one, horizon);
			smape[i] = Accuracy.smape(actual, forecast);
			mase[i] = Accuracy.mase(one.history(), actual, forecast, PERIOD);
			total[i] = (horizon >= TOTAL_TO) ? Accuracy.totalError(actual, forecast, TOTAL_FROM, TOTAL_TO) : Double.NaN;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return new Result(method, mean(smape), mean(mase), mean(total), series.size(), seconds);
	}

	private static double[] forecast(Forecaster forecaster, M3Series series, int horizon) {
		try {
			return forecaster.forecast(series.history(), horizon).values();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("series " + series.id() + ": " + ex.getMessage(), ex);
		}
	}

	/** The mean of the finite values (NaN when there are none). */
	private static double mean(double[] values) {
		return Arrays.stream(values).filter(Double::isFinite).average().orElse(Double.NaN);
	}

	/** The mean accuracy of a method over the series, and its run time. */
	record Result(String method, double smape, double mase, double totalError, int series, double seconds) {
	}

}
