package vn.kt1.batch.estimate;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.kt1.batch.estimate.forecast.Forecast;
import vn.kt1.batch.estimate.forecast.Forecaster;
import vn.kt1.batch.reference.Agency;

/**
 * Pooling across agencies: a commune agency sends a handful of items a month, and one series
 * alone says little. The agencies of a group (level and category) are summed per service and
 * month; each group's services are forecast once; an agency's forecast of a service is the
 * group's times the agency's share of the group's items over its last {@code shareMonths}
 * months of use (the same months for the agency and the group), priced with the group's mix
 * of weights.
 */
final class GroupShares {

	private final Map<String, Group> groups = new HashMap<>();

	private final int upTo;

	private final int shareMonths;

	/**
	 * @param members the agencies estimated from their history
	 * @param upTo the end of the history (exclusive position)
	 */
	GroupShares(List<Agency> members, History history, int upTo, int shareMonths) {
		this.upTo = upTo;
		this.shareMonths = shareMonths;
		for (Agency agency : members) {
			Group group = this.groups.computeIfAbsent(key(agency), (k) -> new Group(upTo));
			group.add(history.agency(agency.code()), upTo);
		}
	}

	static String key(Agency agency) {
		return agency.level() + "/" + agency.category();
	}

	/** @return the services of the agency's group, with their monthly counts (0 for a month without items) */
	Map<Service, long[]> services(Agency agency) {
		return this.groups.get(key(agency)).counts;
	}

	/** @return the group's weight mix of a service */
	Map<Integer, Long> mix(Agency agency, Service service) {
		return this.groups.get(key(agency)).mixes.get(service);
	}

	/** @return the group's prices of a service for the months (its mix of weights), found once */
	List<MonthPrice> prices(Agency agency, Service service, ServicePricer pricer, List<YearMonth> targets) {
		Group group = this.groups.get(key(agency));
		return group.prices.computeIfAbsent(service, (s) -> pricer.prices(s, group.mixes.get(s), targets));
	}

	/** @return the group's forecast of a service, made once */
	Forecast forecast(Agency agency, Service service, Forecaster forecaster, int horizon) {
		Group group = this.groups.get(key(agency));
		return group.forecasts.computeIfAbsent(service, (s) -> forecaster.forecast(group.counts.get(s), horizon));
	}

	/**
	 * The agency's items over its last months of use divided by the group's items over the same
	 * months. A one-off month (a mailing) must not become a share: each of the agency's months
	 * is capped at the larger of three times its median month and Tukey's far fence (third
	 * quartile plus three inter-quartile ranges) of its months.
	 * @param first the position of the agency's first month with an item
	 */
	Share share(Agency agency, AgencyHistory own, int first) {
		int from = Math.max(first, this.upTo - this.shareMonths);
		long[] totals = this.groups.get(key(agency)).totals;
		double[] months = new double[this.upTo - from];
		for (Map.Entry<Service, ServiceHistory> service : own.services().entrySet()) {
			long[] counts = service.getValue().counts(this.upTo);
			for (int t = from; t < this.upTo; t++) {
				months[t - from] += counts[t];
			}
		}
		double[] sorted = months.clone();
		Arrays.sort(sorted);
		double q1 = quantile(sorted, 0.25);
		double q3 = quantile(sorted, 0.75);
		double cap = Math.max(3 * quantile(sorted, 0.5), q3 + 3 * (q3 - q1));
		double items = 0;
		long group = 0;
		int capped = 0;
		for (int t = from; t < this.upTo; t++) {
			double month = months[t - from];
			capped += (month > cap) ? 1 : 0;
			items += Math.min(month, cap);
			group += totals[t];
		}
		return new Share((group == 0) ? 0 : items / group, capped);
	}

	/** The quantile of sorted values, interpolated as R's default (type 7). */
	private static double quantile(double[] sorted, double p) {
		double position = p * (sorted.length - 1);
		int below = (int) Math.floor(position);
		int above = Math.min(sorted.length - 1, below + 1);
		return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
	}

	/** An agency's share of its group, and how many of its months were capped to find it. */
	record Share(double value, int capped) {

		/** @return e.g. {@code Share 1.234 % of the group (1 outlying month capped): } */
		String describe(String groupMethod) {
			return String.format(java.util.Locale.ROOT, "Share %.3f %% of the group%s: %s", 100 * this.value,
					(this.capped == 0) ? "" : " (" + this.capped + " outlying month" + ((this.capped == 1) ? "" : "s")
							+ " capped)", groupMethod);
		}

	}

	/** One group's services: counts per month, weights, and forecasts once made. */
	private static final class Group {

		private final Map<Service, long[]> counts = new TreeMap<>();

		private final Map<Service, Map<Integer, Long>> mixes = new HashMap<>();

		private final Map<Service, Forecast> forecasts = new HashMap<>();

		private final Map<Service, List<MonthPrice>> prices = new HashMap<>();

		private final long[] totals;

		Group(int months) {
			this.totals = new long[months];
		}

		void add(AgencyHistory agency, int upTo) {
			for (Map.Entry<Service, ServiceHistory> service : agency.services().entrySet()) {
				long[] own = service.getValue().counts(upTo);
				long[] sum = this.counts.computeIfAbsent(service.getKey(), (s) -> new long[upTo]);
				for (int t = 0; t < upTo; t++) {
					sum[t] += own[t];
					this.totals[t] += own[t];
				}
				Map<Integer, Long> mix = this.mixes.computeIfAbsent(service.getKey(), (s) -> new TreeMap<>());
				service.getValue().weights(upTo).forEach((weight, n) -> mix.merge(weight, n, Long::sum));
			}
		}

	}

}
