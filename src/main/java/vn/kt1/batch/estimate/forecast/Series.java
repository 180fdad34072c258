package vn.kt1.batch.estimate.forecast;

/** Small numeric helpers on a series. */
final class Series {

	private Series() {
	}

	static double mean(double[] y) {
		double sum = 0;
		for (double value : y) {
			sum += value;
		}
		return (y.length == 0) ? 0 : sum / y.length;
	}

	static double meanAbs(double[] y) {
		double sum = 0;
		for (double value : y) {
			sum += Math.abs(value);
		}
		return (y.length == 0) ? 0 : sum / y.length;
	}

	/** The least-squares line {@code y(t) = a + b t}, {@code t = 0, 1, ...}: {@code {a, b}}. */
	static double[] line(double[] y) {
		int n = y.length;
		if (n < 2) {
			return new double[] { mean(y), 0 };
		}
		double tMean = (n - 1) / 2.0;
		double yMean = mean(y);
		double sxy = 0;
		double sxx = 0;
		for (int t = 0; t < n; t++) {
			sxy += (t - tMean) * (y[t] - yMean);
			sxx += (t - tMean) * (t - tMean);
		}
		double b = sxy / sxx;
		return new double[] { yMean - b * tMean, b };
	}

	/** The autocorrelations {@code r(1) .. r(maxLag)}; index k holds lag k (index 0 is 1). */
	static double[] autocorrelations(double[] y, int maxLag) {
		double mean = mean(y);
		double denominator = 0;
		for (double value : y) {
			denominator += (value - mean) * (value - mean);
		}
		double[] r = new double[maxLag + 1];
		r[0] = 1;
		for (int k = 1; k <= maxLag && denominator > 0; k++) {
			double sum = 0;
			for (int t = 0; t + k < y.length; t++) {
				sum += (y[t] - mean) * (y[t + k] - mean);
			}
			r[k] = sum / denominator;
		}
		return r;
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		int n = sorted.length;
		return (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

}
