package vn.kt1.batch.demo;

import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/** Items and fees per agency, month and service, as the post office carried them. */
final class UsageLedger {

	private final Map<YearMonth, Map<String, long[]>> months = new TreeMap<>();

	void add(ThroughputRow item) {
		Map<String, long[]> month = this.months.computeIfAbsent(YearMonth.from(item.accepted()), (m) -> new TreeMap<>());
		long[] sums = month.computeIfAbsent(item.sender() + "|" + item.urgency(), (k) -> new long[2]);
		sums[0]++;
		sums[1] += item.fee();
	}

	/** @return agency|service to {items, fees} for the month, and forget it */
	Map<String, long[]> take(YearMonth month) {
		Map<String, long[]> sums = this.months.remove(month);
		return (sums != null) ? sums : Map.of();
	}

}
