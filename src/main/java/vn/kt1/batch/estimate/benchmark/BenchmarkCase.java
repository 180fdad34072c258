package vn.kt1.batch.estimate.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One forecast to score: a history and the months that followed it. On the test part of a
 * series the history is its training part; in validation the test part is never read: the
 * cases are origins inside the training part.
 *
 * @param id the series, with {@code @k} for the k-th validation origin
 * @param origin k for the k-th validation origin, 0 on the test parts: the cases of one origin
 * are forecast together (a method learnt from many series learns from theirs only)
 */
record BenchmarkCase(String id, int origin, double[] history, double[] actual) {

	/** Validation origins step back this many months each. */
	static final int ORIGIN_STEP = 6;

	/** A validation history is at least two years. */
	static final int MIN_HISTORY = 24;

	/** @return each series' training part against the first {@code horizon} months of its test part */
	static List<BenchmarkCase> test(List<M3Series> series, int horizon) {
		return series.stream()
			.map((s) -> new BenchmarkCase(s.id(), 0, s.history(), Arrays.copyOf(s.actual(), horizon)))
			.toList();
	}

	/**
	 * @return for each series, origins inside its training part: the last {@code horizon} months
	 * of it forecast from the months before, then the same {@link #ORIGIN_STEP} months earlier,
	 * up to {@code origins} times while {@link #MIN_HISTORY} months remain before the origin
	 */
	static List<BenchmarkCase> validation(List<M3Series> series, int horizon, int origins) {
		List<BenchmarkCase> cases = new ArrayList<>();
		for (M3Series s : series) {
			double[] training = s.history();
			for (int k = 0; k < origins; k++) {
				int cut = training.length - horizon - ORIGIN_STEP * k;
				if (cut >= MIN_HISTORY) {
					cases.add(new BenchmarkCase(s.id() + "@" + k, k, Arrays.copyOf(training, cut),
							Arrays.copyOfRange(training, cut, cut + horizon)));
				}
			}
		}
		return cases;
	}

}
