package vn.kt1.batch.estimate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.kt1.batch.estimate.forecast.Forecast;
import vn.kt1.batch.estimate.forecast.Forecaster;
import vn.kt1.batch.reference.Agency;

/**
 * The estimate's method, for the budget year and for its backtest alike. For each agency and
 * each service it used in the history, the monthly counts (0 for a month without items) are
 * forecast to the end of the year; each target month's forecast (two decimals) is scaled by
 * the share of the month's days on which the agency is valid and priced by
 * {@link ServicePricer}. An agency whose first item came fewer than {@code minMonthsUsed}
 * months before the end of the history, or that has no item at all, gets the median of the
 * agencies of its level and category that were estimated from their history (else of its
 * level, else of all; 0 when none has history), scaled by the share of the period it is valid.
 * <p>
 * A service with at least 12 items in its last 12 months whose forecast per month is more than
 * {@value #REVIEW_FACTOR} times their median, or less than a {@value #REVIEW_FACTOR}rd of their
 * mean, is marked for review: the figure stands, and people see why to look at it (a one-off
 * month the forecaster did not recognise, a level shift at the end of the history).
 */
final class YearEstimator {

	static final int REVIEW_FACTOR = 3;

	private final Forecaster forecaster;

	private final ServicePricer pricer;

	private final int minMonthsUsed;

	YearEstimator(Forecaster forecaster, ServicePricer pricer, int minMonthsUsed) {
		this.forecaster = forecaster;
		this.pricer = pricer;
		this.minMonthsUsed = minMonthsUsed;
	}

	/**
	 * @param window the history and the year
	 * @param targets the months of the year to estimate, in order
	 * @param agencies the agencies to estimate
	 * @param history items from {@code window.historyFrom()} on
	 * @return one estimate per agency, in the agencies' order
	 */
	List<AgencyEstimate> estimate(EstimateWindow window, List<YearMonth> targets, List<Agency> agencies,
			History history) {
		int upTo = history.index(window.historyTo()) + 1;
		List<AgencyEstimate> estimates = new ArrayList<>();
		List<AgencyEstimate> withHistory = new ArrayList<>();
		for (Agency agency : agencies) {
			AgencyHistory own = history.agency(agency.code());
			int first = own.firstUse(upTo);
			int used = (first < 0) ? 0 : upTo - first;
			YearMonth firstUse = (first < 0) ? null : history.month(first);
			BigDecimal share = BigDecimal.valueOf(ValidDays.in(agency, targets))
				.divide(BigDecimal.valueOf(ValidDays.of(targets)), 6, RoundingMode.HALF_UP);
			AgencyEstimate estimate = (used >= this.minMonthsUsed)
					? new AgencyEstimate(agency, true, firstUse, used, own.items(upTo), share,
							services(window, targets, agency, own, upTo), null, null)
					: new AgencyEstimate(agency, false, firstUse, used, own.items(upTo), share, List.of(), null,
							reason(window, agency, firstUse, used));
			estimates.add(estimate);
			if (estimate.fromHistory()) {
				withHistory.add(estimate);
			}
		}
		Peers peers = new Peers(withHistory);
		return estimates.stream()
			.map((e) -> e.fromHistory() ? e
					: new AgencyEstimate(e.agency(), false, e.firstUse(), e.monthsUsed(), e.historyItems(),
							e.validShare(), List.of(), peers.median(e.agency(), targets), e.reason()))
			.toList();
	}

	private List<ServiceEstimate> services(EstimateWindow window, List<YearMonth> targets, Agency agency,
			AgencyHistory own, int upTo) {
		List<ServiceEstimate> services = new ArrayList<>();
		for (Map.Entry<Service, ServiceHistory> entry : own.services().entrySet()) {
			long[] counts = entry.getValue().counts(upTo);
			long items = Arrays.stream(counts).sum();
			if (items > 0) {
				Map<Integer, Long> mix = entry.getValue().weights(upTo);
				Forecast forecast = this.forecaster.forecast(counts, window.horizon());
				ServiceEstimate service = priced(window, targets, agency, entry.getKey(), forecast, mix, items);
				services.add(service.withReview(review(service, counts, entry.getValue().firstUse(upTo), targets)));
			}
		}
		return services;
	}

	private ServiceEstimate priced(EstimateWindow window, List<YearMonth> targets, Agency agency, Service service,
			Forecast forecast, Map<Integer, Long> mix, long items) {
		List<PricePeriod> periods = new ArrayList<>();
		BigDecimal fullItems = BigDecimal.ZERO;
		BigDecimal fullAmount = BigDecimal.ZERO;
		for (MonthPrice price : this.pricer.prices(service, mix, targets)) {
			YearMonth month = price.month();
			BigDecimal full = BigDecimal.valueOf(forecast.month(window.step(month))).setScale(2, RoundingMode.HALF_UP);
			BigDecimal valid = full.multiply(BigDecimal.valueOf(ValidDays.in(agency, month)))
				.divide(BigDecimal.valueOf(month.lengthOfMonth()), 2, RoundingMode.HALF_UP);
			fullItems = fullItems.add(full);
			fullAmount = fullAmount.add(full.multiply(price.feePerItem()));
			PricePeriod last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
			if (last != null && last.continuedBy(price)) {
				periods.set(periods.size() - 1, last.plus(price, valid));
			}
			else {
				periods.add(new PricePeriod(month, month, price.version(), valid, price.feePerItem()));
			}
		}
		long weight = mix.entrySet().stream().mapToLong((w) -> w.getKey() * w.getValue()).sum();
		return new ServiceEstimate(service, items, (int) Math.round((double) weight / items),
				MethodText.of(forecast.method()), periods, fullItems, fullAmount, null);
	}

	/** @return why the forecast wants a look, or {@code null} */
	private static String review(ServiceEstimate service, long[] counts, int firstUse, List<YearMonth> targets) {
		int months = Math.min(12, counts.length - firstUse);
		long[] recent = Arrays.copyOfRange(counts, counts.length - months, counts.length);
		long sum = Arrays.stream(recent).sum();
		if (sum < 12) {
			return null;
		}
		BigDecimal forecast = service.fullItems().divide(BigDecimal.valueOf(targets.size()), 1, RoundingMode.HALF_UP);
		BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(months), 1, RoundingMode.HALF_UP);
		Arrays.sort(recent);
		BigDecimal median = BigDecimal.valueOf(recent[months / 2] + recent[(months - 1) / 2])
			.divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
		BigDecimal factor = BigDecimal.valueOf(REVIEW_FACTOR);
		boolean high = median.signum() > 0 && forecast.compareTo(median.multiply(factor)) > 0;
		if (!high && forecast.multiply(factor).compareTo(mean) >= 0) {
			return null;
		}
		return service.service().label() + ": dự báo " + Labels.decimal(forecast) + " bưu gửi/tháng; " + months
				+ " tháng gần nhất: trung vị " + Labels.decimal(median) + ", bình quân " + Labels.decimal(mean);
	}

	private static String reason(EstimateWindow window, Agency agency, YearMonth firstUse, int used) {
		if (firstUse != null) {
			return "mới sử dụng từ " + Labels.month(firstUse) + " (" + used + " tháng)";
		}
		if (agency.validFrom() != null && agency.validFrom().isAfter(window.historyTo().atEndOfMonth())) {
			return "đơn vị mới, hiệu lực từ " + Labels.day(agency.validFrom());
		}
		return "chưa có bưu gửi KT1 trong lịch sử " + Labels.months(window.historyFrom(), window.historyTo());
	}

	/** The agencies estimated from their history, by level and category, and by level. */
	private static final class Peers {

		private final Map<String, List<AgencyEstimate>> byGroup = new HashMap<>();

		private final Map<String, List<AgencyEstimate>> byLevel = new HashMap<>();

		private final List<AgencyEstimate> all;

		Peers(List<AgencyEstimate> withHistory) {
			this.all = withHistory;
			for (AgencyEstimate estimate : withHistory) {
				Agency agency = estimate.agency();
				this.byGroup.computeIfAbsent(agency.level() + "/" + agency.category(), (k) -> new ArrayList<>())
					.add(estimate);
				this.byLevel.computeIfAbsent(agency.level(), (k) -> new ArrayList<>()).add(estimate);
			}
		}

		PeerMedian median(Agency agency, List<YearMonth> targets) {
			List<AgencyEstimate> peers = this.byGroup.get(agency.level() + "/" + agency.category());
			String group = Labels.level(agency.level()) + " – " + Labels.category(agency.category());
			if (peers == null && this.byLevel.containsKey(agency.level())) {
				peers = this.byLevel.get(agency.level());
				group = Labels.level(agency.level());
			}
			if (peers == null) {
				peers = this.all;
				group = "toàn bộ đơn vị";
			}
			if (peers.isEmpty()) {
				return new PeerMedian(group, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO);
			}
			BigDecimal amount = median(peers.stream().map((p) -> BigDecimal.valueOf(p.fullBaseVnd())).toList());
			BigDecimal items = median(peers.stream().map(AgencyEstimate::fullItems).toList());
			BigDecimal valid = BigDecimal.valueOf(ValidDays.in(agency, targets));
			BigDecimal days = BigDecimal.valueOf(ValidDays.of(targets));
			long median = amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
			return new PeerMedian(group, peers.size(), median, items.setScale(2, RoundingMode.HALF_UP),
					BigDecimal.valueOf(median).multiply(valid).divide(days, 0, RoundingMode.HALF_UP).longValueExact(),
					items.multiply(valid).divide(days, 2, RoundingMode.HALF_UP));
		}

		private static BigDecimal median(List<BigDecimal> values) {
			List<BigDecimal> sorted = values.stream().sorted().toList();
			int middle = sorted.size() / 2;
			return (sorted.size() % 2 == 1) ? sorted.get(middle)
					: sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
		}

	}

}
