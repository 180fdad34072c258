package vn.kt1.batch.estimate;

import java.time.YearMonth;
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
	 * @param first the position of the agency's first month with an item
	 * @return its items over its last months of use divided by the group's items over the same months
	 */
	double share(Agency agency, AgencyHistory own, int first) {
		int from = Math.max(first, this.upTo - this.shareMonths);
		long[] totals = this.groups.get(key(agency)).totals;
		long group = 0;
		for (int t = from; t < this.upTo; t++) {
			group += totals[t];
		}
		long items = own.items(this.upTo) - own.items(from);
		return (group == 0) ? 0 : (double) items / group;
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
