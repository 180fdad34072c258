package vn.kt1.batch.estimate.backtest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 80 % interval of an agency's forecast cost, from the method's own errors in the
 * backtest. An agency's relative error shrinks with the items it sends (a count of n items
 * varies by about 1/sqrt(n) of itself), so each backtest agency's error is measured in those
 * units: {@code z = (actual - estimate) / estimate * sqrt(items)}; the interval of a cost
 * {@code c} forecast from {@code n} items is {@code c (1 + z10 / sqrt(n))} to
 * {@code c (1 + z90 / sqrt(n))}, z10 and z90 the 10th and 90th percentiles (R's type 7) of the
 * backtest's z. Its coverage is measured honestly: the agencies are split in two by their
 * place in code order, each half's percentiles are applied to the other half, and the share
 * of agencies whose charge fell inside their interval is counted.
 *
 * @param low z10
 * @param high z90
 * @param coverage the cross-fitted share of backtest agencies inside their interval, in %
 * @param agencies the backtest agencies with an estimate and items it was measured on
 */
public record IntervalModel(double low, double high, BigDecimal coverage, int agencies) {

	static final double LOWER = 0.10;

	static final double UPPER = 0.90;

	/** @return the model, or {@code null} with fewer than 10 agencies to learn from */
	public static IntervalModel of(List<BacktestAgency> backtest) {
		List<double[]> points = new ArrayList<>();
		for (BacktestAgency agency : backtest) {
			double items = agency.estimate().items().doubleValue();
			if (agency.estimateVnd() > 0 && items > 0) {
				points.add(new double[] { agency.estimateVnd(), items, agency.actualVnd() });
			}
		}
		if (points.size() < 10) {
			return null;
		}
		double[] all = quantiles(points, -1);
		int inside = 0;
		for (int half = 0; half < 2; half++) {
			double[] other = quantiles(points, 1 - half);
			for (int i = half; i < points.size(); i += 2) {
				double[] p = points.get(i);
				double[] range = range(p[0], p[1], other[0], other[1]);
				inside += (p[2] >= range[0] && p[2] <= range[1]) ? 1 : 0;
			}
		}
		return new IntervalModel(all[0], all[1], BigDecimal.valueOf(100.0 * inside / points.size())
			.setScale(2, RoundingMode.HALF_UP), points.size());
	}

	/** @return the interval of a cost forecast from some items, whole VND (low down, high up); null without items */
	public long[] range(long costVnd, BigDecimal items) {
		if (items == null || items.signum() <= 0) {
			return null;
		}
		double[] range = range(costVnd, items.doubleValue(), this.low, this.high);
		return new long[] { (long) Math.floor(range[0]), (long) Math.ceil(range[1]) };
	}

	private static double[] range(double cost, double items, double low, double high) {
		double root = Math.sqrt(items);
		return new double[] { Math.max(0, cost * (1 + low / root)), Math.max(0, cost * (1 + high / root)) };
	}

	/** @return z10 and z90 of the points of one parity (0 or 1), or of all (-1) */
	private static double[] quantiles(List<double[]> points, int parity) {
		double[] z = new double[points.size()];
		int n = 0;
		for (int i = 0; i < points.size(); i++) {
			if (parity < 0 || i % 2 == parity) {
				double[] p = points.get(i);
				z[n++] = (p[2] - p[0]) / p[0] * Math.sqrt(p[1]);
			}
		}
		double[] sorted = Arrays.copyOf(z, n);
		Arrays.sort(sorted);
		return new double[] { Percentile.of(sorted, LOWER), Percentile.of(sorted, UPPER) };
	}

}
