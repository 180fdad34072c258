package vn.kt1.batch.estimate.forecast;

/** Checks of a forecaster's arguments. */
final class Inputs {

	private Inputs() {
	}

	/** A copy of the history after checking it and the horizon. */
	static double[] checked(double[] history, int horizon) {
		if (horizon < 1) {
			throw new IllegalArgumentException("horizon must be at least 1: " + horizon);
		}
		for (int t = 0; t < history.length; t++) {
			if (!Double.isFinite(history[t]) || history[t] < 0) {
				throw new IllegalArgumentException("month " + (t + 1) + " of the history is " + history[t]
						+ ": values must be finite and not negative");
			}
		}
		return history.clone();
	}

}
