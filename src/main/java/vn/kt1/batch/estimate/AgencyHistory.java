package vn.kt1.batch.estimate;

import java.util.Map;
import java.util.TreeMap;

/** One agency's items by service and month, and the fees it was charged per month. */
public final class AgencyHistory {

	private final int months;

	private final Map<Service, ServiceHistory> services = new TreeMap<>();

	private final long[] fees;

	AgencyHistory(int months) {
		this.months = months;
		this.fees = new long[months];
	}

	void add(Service service, int month, int weightG, long feeVnd) {
		this.services.computeIfAbsent(service, (s) -> new ServiceHistory(this.months)).add(month, weightG);
		this.fees[month] += feeVnd;
	}

	/** @return the services, in their order */
	Map<Service, ServiceHistory> services() {
		return this.services;
	}

	/** @return the first month (position) with an item before {@code upTo}, or -1 */
	int firstUse(int upTo) {
		int first = -1;
		for (ServiceHistory service : this.services.values()) {
			int used = service.firstUse(upTo);
			if (used >= 0 && (first < 0 || used < first)) {
				first = used;
			}
		}
		return first;
	}

	/** @return the items of months {@code 0} to {@code upTo - 1} */
	long items(int upTo) {
		return this.services.values().stream().mapToLong((s) -> s.items(upTo)).sum();
	}

	/** @return the fees charged in months {@code from} to {@code to} (positions, inclusive) */
	public long fees(int from, int to) {
		long sum = 0;
		for (int m = from; m <= to; m++) {
			sum += this.fees[m];
		}
		return sum;
	}

}
