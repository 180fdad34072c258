package vn.kt1.batch.estimate.forecast;

import java.util.function.ToDoubleFunction;

/**
 * The Nelder-Mead downhill simplex (Nelder and Mead, 1965) with the usual coefficients:
 * reflection 1, expansion 2, contraction 0.5, shrink 0.5. Deterministic: the start simplex
 * steps from the start point by the given step along each axis.
 */
public final class NelderMead {

	private NelderMead() {
	}

	public static double[] minimize(ToDoubleFunction<double[]> f, double[] start, double[] steps, int maxEvaluations,
			double tolerance) {
		int n = start.length;
		double[][] simplex = new double[n + 1][];
		double[] values = new double[n + 1];
		simplex[0] = start.clone();
		for (int i = 0; i < n; i++) {
			simplex[i + 1] = start.clone();
			simplex[i + 1][i] += steps[i];
		}
		for (int i = 0; i <= n; i++) {
			values[i] = f.applyAsDouble(simplex[i]);
		}
		int evaluations = n + 1;
		while (evaluations < maxEvaluations) {
			sort(simplex, values);
			if (Math.abs(values[n] - values[0]) <= tolerance * (Math.abs(values[0]) + 1e-12)) {
				break;
			}
			double[] centroid = new double[n];
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < n; j++) {
					centroid[j] += simplex[i][j] / n;
				}
			}
			double[] reflected = towards(centroid, simplex[n], -1);
			double reflectedValue = f.applyAsDouble(reflected);
			evaluations++;
			if (reflectedValue < values[0]) {
				double[] expanded = towards(centroid, simplex[n], -2);
				double expandedValue = f.applyAsDouble(expanded);
				evaluations++;
				boolean expand = expandedValue < reflectedValue;
				simplex[n] = expand ? expanded : reflected;
				values[n] = expand ? expandedValue : reflectedValue;
			}
			else if (reflectedValue < values[n - 1]) {
				simplex[n] = reflected;
				values[n] = reflectedValue;
			}
			else {
				boolean outside = reflectedValue < values[n];
				double[] contracted = towards(centroid, outside ? reflected : simplex[n], 0.5);
				double contractedValue = f.applyAsDouble(contracted);
				evaluations++;
				if (contractedValue < Math.min(reflectedValue, values[n])) {
					simplex[n] = contracted;
					values[n] = contractedValue;
				}
				else {
					for (int i = 1; i <= n; i++) {
						simplex[i] = towards(simplex[0], simplex[i], 0.5);
						values[i] = f.applyAsDouble(simplex[i]);
					}
					evaluations += n;
				}
			}
		}
		sort(simplex, values);
		return simplex[0];
	}

	/** The point {@code from + t * (to - from)}. */
	private static double[] towards(double[] from, double[] to, double t) {
		double[] point = new double[from.length];
		for (int j = 0; j < from.length; j++) {
			point[j] = from[j] + t * (to[j] - from[j]);
		}
		return point;
	}

	/** Orders the points by value, stably (insertion sort: the simplex is small and nearly sorted). */
	private static void sort(double[][] simplex, double[] values) {
		for (int i = 1; i < values.length; i++) {
			double value = values[i];
			double[] point = simplex[i];
			int j = i - 1;
			while (j >= 0 && values[j] > value) {
				values[j + 1] = values[j];
				simplex[j + 1] = simplex[j];
				j--;
			}
			values[j + 1] = value;
			simplex[j + 1] = point;
		}
	}

}
