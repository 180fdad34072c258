package vn.kt1.batch.estimate.forecast;

import java.util.Arrays;

/**
 * Point forecasts of the months after a history, and the method that made them (the basis
 * shown with an estimate).
 *
 * @param values the forecasts, month 1 of the horizon first; never negative
 * @param method the method used, e.g. {@code Theta (seasonally adjusted, multiplicative)}
 */
public record Forecast(double[] values, String method) {

	public Forecast {
		values = values.clone();
	}

	@Override
	public double[] values() {
		return this.values.clone();
	}

	/** The forecast of month {@code month} of the horizon (1 = the first month). */
	public double month(int month) {
		return this.values[month - 1];
	}

	/** The sum of the forecasts of months {@code from} to {@code to} of the horizon (1-based). */
	public double total(int from, int to) {
		double sum = 0;
		for (int month = from; month <= to; month++) {
			sum += this.values[month - 1];
		}
		return sum;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof Forecast that) && Arrays.equals(this.values, that.values)
				&& this.method.equals(that.method);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.values) + this.method.hashCode();
	}

	@Override
	public String toString() {
		return this.method + " " + Arrays.toString(this.values);
	}

}
