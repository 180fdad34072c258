package vn.kt1.batch.estimate;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** One service of one agency: items per month and each item's weight. */
final class ServiceHistory {

	private final long[] counts;

	private int[] weights = new int[16];

	private int[] months = new int[16];

	private int size;

	ServiceHistory(int months) {
		this.counts = new long[months];
	}

	void add(int month, int weightG) {
		this.counts[month]++;
		if (this.size == this.weights.length) {
			this.weights = Arrays.copyOf(this.weights, this.size * 2);
			this.months = Arrays.copyOf(this.months, this.size * 2);
		}
		this.weights[this.size] = weightG;
		this.months[this.size++] = month;
	}

	/** @return the counts of months {@code 0} to {@code upTo - 1}, a month without items as 0 */
	long[] counts(int upTo) {
		return Arrays.copyOf(this.counts, upTo);
	}

	/** @return the items of months {@code 0} to {@code upTo - 1} */
	long items(int upTo) {
		return Arrays.stream(this.counts, 0, upTo).sum();
	}

	/** @return the first month (position) with an item before {@code upTo}, or -1 */
	int firstUse(int upTo) {
		for (int m = 0; m < upTo; m++) {
			if (this.counts[m] > 0) {
				return m;
			}
		}
		return -1;
	}

	/** @return how many items of months before {@code upTo} had each weight: the weight mix */
	Map<Integer, Long> weights(int upTo) {
		Map<Integer, Long> mix = new TreeMap<>();
		for (int i = 0; i < this.size; i++) {
			if (this.months[i] < upTo) {
				mix.merge(this.weights[i], 1L, Long::sum);
			}
		}
		return mix;
	}

}
