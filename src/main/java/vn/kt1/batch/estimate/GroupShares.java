package vn.kt1.batch.estimate;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.kt1.batch.estimate.backtest.Percentile;
import vn.kt1.batch.estimate.forecast.Forecast;
import vn.kt1.batch.estimate.forecast.Forecaster;
import vn.kt1.batch.reference.Agency;

/**
 * Pooling across agencies: a commune agency sends a handful of items a month, and one series
 * alone says little. The agencies of a group (level and category) are summed per service and
 * month; each group's services are forecast once; an agency's forecast of a service is the
 * group's times the agency's share of the group's items over its last {@code shareMonths}
 * months of use (the same months for the agency and the group; every member's months capped
 * so that a one-off mailing does not become a share), priced with the group's mix of weights.
 */
final class GroupShares {

	private final Map<String, Group> groups = new HashMap<>();

	private final int upTo;

	private final int shareMonths;

	/** Each member's items per month, capped. */
	private final Map<String, Capped> capped = new HashMap<>();

	/**
	 * @param members the agencies estimated from their history
	 * @param upTo the end of the history (exclusive position)
	 */
	GroupShares(List<Agency> members, History history, int upTo, int shareMonths) {
		this.upTo = upTo;
		this.shareMonths = shareMonths;
		for (Agency agency : members) {
			AgencyHistory own = history.agency(agency.code());
			Group group = this.groups.computeIfAbsent(key(agency), (k) -> new Group(upTo));
			Capped months = capped(own, Math.max(own.firstUse(upTo), upTo - shareMonths));
			this.capped.put(agency.code(), months);
			group.add(own, upTo, months);
		}
	}

	/**
	 * An agency's items per month, each month capped at the larger of three times its median
	 * month and Tukey's far fence (third quartile plus three inter-quartile ranges) over the
	 * months from {@code from}: a one-off mailing must not become a share.
	 */
	private Capped capped(AgencyHistory own, int from) {
		double[] months = new double[this.upTo];
		for (ServiceHistory service : own.services().values()) {
			long[] counts = service.counts(this.upTo);
			for (int t = 0; t < this.upTo; t++) {
				months[t] += counts[t];
			}
		}
		double[] sorted = Arrays.copyOfRange(months, from, this.upTo);
		Arrays.sort(sorted);
		double q1 = Percentile.of(sorted, 0.25);
		double q3 = Percentile.of(sorted, 0.75);
		double cap = Math.max(3 * Percentile.of(sorted, 0.5), q3 + 3 * (q3 - q1));
		int count = 0;
		for (int t = from; t < this.upTo; t++) {
			count += (months[t] > cap) ? 1 : 0;
		}
		double[] ratios = new double[this.upTo];
		for (int t = 0; t < this.upTo; t++) {
			ratios[t] = (months[t] > cap) ? cap / months[t] : 1;
			months[t] = Math.min(months[t], cap);
		}
		return new Capped(from, months, ratios, count);
	}

	/**
	 * A member's capped items per month, from the first month of its share on, and the factor
	 * that took each month there (1 where nothing was cut).
	 */
	private record Capped(int from, double[] items, double[] ratios, int count) {
	}

	static String key(Agency agency) {
		return agency.level() + "/" + agency.category();
	}

	/**
	 * @return the services of the agency's group, with their monthly items (0 for a month
	 * without items), each member's capped months scaled down alike in all its services
	 */
	Map<Service, double[]> services(Agency agency) {
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
	 * @return the agency's items over its last {@code shareMonths} months of use divided by the
	 * group's over the same months, both capped
	 */
	Share share(Agency agency) {
		Capped own = this.capped.get(agency.code());
		double[] totals = this.groups.get(key(agency)).capped;
		double items = 0;
		double group = 0;
		for (int t = own.from(); t < this.upTo; t++) {
			items += own.items()[t];
			group += totals[t];
		}
		return new Share((group == 0) ? 0 : items / group, own.count());
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

		private final Map<Service, double[]> counts = new TreeMap<>();

		private final Map<Service, Map<Integer, Long>> mixes = new HashMap<>();

		private final Map<Service, Forecast> forecasts = new HashMap<>();

		private final Map<Service, List<MonthPrice>> prices = new HashMap<>();

		private final double[] capped;

		Group(int months) {
			this.capped = new double[months];
		}

		void add(AgencyHistory agency, int upTo, Capped months) {
			for (int t = 0; t < upTo; t++) {
				this.capped[t] += months.items()[t];
			}
			for (Map.Entry<Service, ServiceHistory> service : agency.services().entrySet()) {
				long[] own = service.getValue().counts(upTo);
				double[] sum = this.counts.computeIfAbsent(service.getKey(), (s) -> new double[upTo]);
				for (int t = 0; t < upTo; t++) {
					sum[t] += own[t] * months.ratios()[t];
				}
				Map<Integer, Long> mix = this.mixes.computeIfAbsent(service.getKey(), (s) -> new TreeMap<>());
				service.getValue().weights(upTo).forEach((weight, n) -> mix.merge(weight, n, Long::sum));
			}
		}

	}

}
