package vn.kt1.batch.estimate.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import vn.kt1.batch.estimate.forecast.Accuracy;

/**
 * Runs forecasting methods over benchmark cases, the cases spread over a fixed number of
 * threads (each case on one thread, so the figures do not depend on their number), and
 * averages each method's accuracy: sMAPE and MASE over the horizon, OWA against Naive2, and
 * the error of the 12-month total of months 7 to 18 (an estimate made in June for the next
 * year), when the horizon reaches month 18.
 */
final class ForecastBenchmark {

	static final int PERIOD = 12;

	static final int TOTAL_FROM = 7;

	static final int TOTAL_TO = 18;

	static final String NAIVE2 = "Naive2";

	/** The forecasts of every method for one history, by method name, in the order to print. */
	interface Methods {

		Map<String, double[]> forecasts(BenchmarkCase one, int horizon);

	}

	/**
	 * @param scores one per method, in the order of the methods
	 * @param forecasts per case (in the cases' order) each method's forecasts
	 * @param seconds the time the forecasts took
	 */
	record Run(List<Score> scores, List<Map<String, double[]>> forecasts, double seconds) {
	}

	private ForecastBenchmark() {
	}

	static Run run(List<BenchmarkCase> cases, int horizon, Methods methods, int threads) {
		long start = System.nanoTime();
		List<Map<String, double[]>> forecasts = forecast(cases, horizon, methods, threads);
		double seconds = (System.nanoTime() - start) / 1e9;
		Map<String, double[][]> errors = new LinkedHashMap<>();
		for (int i = 0; i < cases.size(); i++) {
			BenchmarkCase one = cases.get(i);
			for (Map.Entry<String, double[]> method : forecasts.get(i).entrySet()) {
				double[][] e = errors.computeIfAbsent(method.getKey(), (k) -> new double[3][cases.size()]);
				double[] f = method.getValue();
				e[0][i] = Accuracy.smape(one.actual(), f);
				e[1][i] = Accuracy.mase(one.history(), one.actual(), f, PERIOD);
				e[2][i] = (horizon >= TOTAL_TO) ? Accuracy.totalError(one.actual(), f, TOTAL_FROM, TOTAL_TO) : Double.NaN;
			}
		}
		double[][] naive2 = errors.get(NAIVE2);
		List<Score> scores = new ArrayList<>();
		for (Map.Entry<String, double[][]> method : errors.entrySet()) {
			double[][] e = method.getValue();
			double smape = mean(e[0]);
			double mase = mean(e[1]);
			double owa = (naive2 == null) ? Double.NaN : (smape / mean(naive2[0]) + mase / mean(naive2[1])) / 2;
			scores.add(new Score(method.getKey(), smape, mase, owa, mean(e[2]), cases.size()));
		}
		return new Run(scores, forecasts, seconds);
	}

	private static List<Map<String, double[]>> forecast(List<BenchmarkCase> cases, int horizon, Methods methods,
			int threads) {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Map<String, double[]>>> futures = new ArrayList<>();
			for (BenchmarkCase one : cases) {
				futures.add(pool.submit(() -> forecast(one, horizon, methods)));
			}
			List<Map<String, double[]>> forecasts = new ArrayList<>();
			for (Future<Map<String, double[]>> future : futures) {
				forecasts.add(future.get());
			}
			return forecasts;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static Map<String, double[]> forecast(BenchmarkCase one, int horizon, Methods methods) {
		try {
			return methods.forecasts(one, horizon);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("series " + one.id() + ": " + ex.getMessage(), ex);
		}
	}

	/** The mean of the finite values (NaN when there are none). */
	private static double mean(double[] values) {
		return Arrays.stream(values).filter(Double::isFinite).average().orElse(Double.NaN);
	}

}
