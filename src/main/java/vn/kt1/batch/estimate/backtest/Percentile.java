package vn.kt1.batch.estimate.backtest;

/** Percentiles of sorted values, interpolated as R's default (type 7). */
public final class Percentile {

	private Percentile() {
	}

	/** @param p from 0 to 1 */
	public static double of(double[] sorted, double p) {
		double position = p * (sorted.length - 1);
		int below = (int) Math.floor(position);
		int above = Math.min(sorted.length - 1, below + 1);
		return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
	}

}
