package vn.kt1.batch.estimate.forecast;

/**
 * Croston's method (1972) with the bias correction of Syntetos and Boylan (2005, "SBA") for
 * intermittent demand. The sizes of the non-zero months and the intervals between them (in
 * months, the first counted from the month before the history) are smoothed separately with
 * the same constant {@code alpha}, starting from the first size and first interval and updated
 * at each later non-zero month; the rate per month is {@code (1 - alpha / 2) size / interval}.
 */
final class Croston {

	private Croston() {
	}

	/** The SBA rate per month of {@code y}, which has at least one non-zero month. */
	static double sba(double[] y, double alpha) {
		double size = Double.NaN;
		double interval = Double.NaN;
		int last = -1;
		for (int t = 0; t < y.length; t++) {
			if (y[t] == 0) {
				continue;
			}
			if (Double.isNaN(size)) {
				size = y[t];
				interval = t + 1;
			}
			else {
				size += alpha * (y[t] - size);
				interval += alpha * ((t - last) - interval);
			}
			last = t;
		}
		return (1 - alpha / 2) * size / interval;
	}

}
