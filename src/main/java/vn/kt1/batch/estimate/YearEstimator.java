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
import vn.kt1.batch.estimate.forecast.SeasonalProfile;
import vn.kt1.batch.reference.Agency;
import vn.kt1.batch.shared.code.AgencyCategory;
import vn.kt1.batch.shared.code.AgencyLevel;

/**
 * The estimate's method, for the budget year and for its backtest alike. For each agency and
 * each service it used in the history, the monthly counts (0 for a month without items) are
 * forecast to the end of the year; each target month's forecast (two decimals) is scaled by
 * the share of the month's days on which the agency is valid and priced by
 * {@link ServicePricer}. An agency whose first item came fewer than {@code minMonthsUsed}
 * months before the end of the history, or that has no item at all, gets the median of the
 * agencies of its level and category that were estimated from their history (else of its
 * level, else of all), scaled by the share of the period it is valid.
 * <p>
 * Never a silent 0: an agency with items but too few months, whose peers have no history (a
 * province with a few months of data) or a median of 0, is estimated from its own months
 * carried over the year by {@link Annualised} (with the province's seasonal profile when it
 * has one, pro rata otherwise); an agency without items then gets the median of those
 * (marked). Each is marked for review with the reason, as is an agency that was charged and
 * whose forecast comes to nothing.
 * <p>
 * A service with at least 12 items in its last 12 months whose forecast per month is more than
 * {@value #REVIEW_FACTOR} times their median, or less than a {@value #REVIEW_FACTOR}rd of their
 * mean, is marked for review: the figure stands, and people see why to look at it (a one-off
 * month the forecaster did not recognise, a level shift at the end of the history).
 */
public final class YearEstimator {

	public static final int REVIEW_FACTOR = 3;

	private final Forecaster forecaster;

	private final ServicePricer pricer;

	private final int minMonthsUsed;

	/** Share months of 0: each agency forecast from its own services alone. */
	private final int shareMonths;

	YearEstimator(Forecaster forecaster, ServicePricer pricer, int minMonthsUsed) {
		this(forecaster, pricer, minMonthsUsed, 0);
	}

	/**
	 * @param shareMonths with pooling, the months over which an agency's share of its group is
	 * taken ({@link GroupShares}); 0 without pooling
	 */
	YearEstimator(Forecaster forecaster, ServicePricer pricer, int minMonthsUsed, int shareMonths) {
		this.forecaster = forecaster;
		this.pricer = pricer;
		this.minMonthsUsed = minMonthsUsed;
		this.shareMonths = shareMonths;
	}

	/**
	 * @param window the history and the year
	 * @param targets the months of the year to estimate, in order
	 * @param agencies the agencies to estimate
	 * @param history items from {@code window.historyFrom()} on
	 * @return one estimate per agency, in the agencies' order
	 */
	public List<AgencyEstimate> estimate(EstimateWindow window, List<YearMonth> targets, List<Agency> agencies,
			History history) {
		int upTo = history.index(window.historyTo()) + 1;
		GroupShares groups = (this.shareMonths == 0) ? null
				: new GroupShares(agencies.stream()
					.filter((a) -> history.agency(a.code()).firstUse(upTo) >= 0
							&& upTo - history.agency(a.code()).firstUse(upTo) >= this.minMonthsUsed)
					.toList(), history, upTo, this.shareMonths);
		List<AgencyEstimate> estimates = new ArrayList<>();
		for (Agency agency : agencies) {
			AgencyHistory own = history.agency(agency.code());
			int first = own.firstUse(upTo);
			int used = (first < 0) ? 0 : upTo - first;
			YearMonth firstUse = (first < 0) ? null : history.month(first);
			BigDecimal share = BigDecimal.valueOf(ValidDays.in(agency, targets))
				.divide(BigDecimal.valueOf(ValidDays.of(targets)), 6, RoundingMode.HALF_UP);
			estimates.add((used >= this.minMonthsUsed)
					? zeroMarked(new AgencyEstimate(agency, Basis.HISTORY, firstUse, used, own.items(upTo), share,
							(groups == null) ? services(window, targets, agency, own, upTo, this.forecaster)
									: pooled(window, targets, agency, own, upTo, groups),
							null, null, null))
					: new AgencyEstimate(agency, Basis.PEER_MEDIAN, firstUse, used, own.items(upTo), share, List.of(),
							null, reason(window, agency, firstUse, used), null));
		}
		Peers peers = new Peers(estimates.stream().filter(AgencyEstimate::fromHistory).toList());
		SeasonalProfile profile = SeasonalProfile.of(history.totals(upTo), history.month(0).getMonthValue());
		for (int i = 0; i < estimates.size(); i++) {
			AgencyEstimate e = estimates.get(i);
			if (!e.fromHistory() && e.firstUse() != null) {
				PeerMedian median = peers.median(e.agency(), targets);
				estimates.set(i, (median != null && median.medianVnd() > 0) ? withPeer(e, median, null)
						: fewMonths(window, targets, e, history, upTo, profile, median));
			}
		}
		Peers fewMonths = new Peers(estimates.stream().filter((e) -> e.basis() == Basis.FEW_MONTHS).toList());
		for (int i = 0; i < estimates.size(); i++) {
			AgencyEstimate e = estimates.get(i);
			if (e.basis() == Basis.PEER_MEDIAN && e.peer() == null) {
				estimates.set(i, withoutItems(e, peers, fewMonths, targets));
			}
		}
		return estimates;
	}

	/**
	 * An agency that was charged but has too few months, and no peers to lean on (or their
	 * median is 0): its own months carried over the year, marked for review.
	 */
	private AgencyEstimate fewMonths(EstimateWindow window, List<YearMonth> targets, AgencyEstimate e,
			History history, int upTo, SeasonalProfile profile, PeerMedian median) {
		int first = history.index(e.firstUse());
		Forecaster annualised = new Annualised(profile, history.month(0), first);
		String how = profile.isNone() ? "quy ra cả năm theo tỷ lệ thời gian"
				: "quy ra cả năm theo mùa vụ của tỉnh";
		String why = (median == null) ? "không có đơn vị nào đủ lịch sử để lấy trung vị"
				: "trung vị nhóm " + median.group() + " bằng 0";
		return new AgencyEstimate(e.agency(), Basis.FEW_MONTHS, e.firstUse(), e.monthsUsed(), e.historyItems(),
				e.validShare(),
				services(window, targets, e.agency(), history.agency(e.agency().code()), upTo, annualised), null,
				e.reason() + ", dưới " + this.minMonthsUsed + " tháng tối thiểu; " + why,
				"chỉ có " + e.monthsUsed() + " tháng dữ liệu (" + Notation.months(e.firstUse(), window.historyTo()) + "): "
						+ how);
	}

	/**
	 * An agency without items: the median of its peers with history, else of the agencies
	 * estimated from a few months (marked), else nothing (marked).
	 */
	private AgencyEstimate withoutItems(AgencyEstimate e, Peers peers, Peers fewMonths, List<YearMonth> targets) {
		PeerMedian median = peers.median(e.agency(), targets);
		if (median != null) {
			return withPeer(e, median, null);
		}
		median = fewMonths.median(e.agency(), targets);
		if (median != null) {
			return withPeer(e, median, "trung vị của các đơn vị chỉ có dưới " + this.minMonthsUsed + " tháng dữ liệu");
		}
		return withPeer(e, new PeerMedian("toàn bộ đơn vị", 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO),
				"không có đơn vị nào có bưu gửi để ước: 0 đ");
	}

	private static AgencyEstimate withPeer(AgencyEstimate e, PeerMedian median, String mark) {
		return new AgencyEstimate(e.agency(), Basis.PEER_MEDIAN, e.firstUse(), e.monthsUsed(), e.historyItems(),
				e.validShare(), List.of(), median, e.reason(), mark);
	}

	/** A charged agency whose forecast comes to nothing is marked (if no service is): never a silent 0. */
	private static AgencyEstimate zeroMarked(AgencyEstimate e) {
		boolean silent = e.baseVnd() == 0 && e.validShare().signum() > 0 && e.review() == null;
		return silent ? e.withMark("đã dùng " + e.historyItems() + " bưu gửi trong lịch sử nhưng dự báo bằng 0") : e;
	}

	private List<ServiceEstimate> services(EstimateWindow window, List<YearMonth> targets, Agency agency,
			AgencyHistory own, int upTo, Forecaster forecaster) {
		List<ServiceEstimate> services = new ArrayList<>();
		for (Map.Entry<Service, ServiceHistory> entry : own.services().entrySet()) {
			long[] counts = entry.getValue().counts(upTo);
			long items = Arrays.stream(counts).sum();
			if (items > 0) {
				Map<Integer, Long> mix = entry.getValue().weights(upTo);
				Forecast forecast = forecaster.forecast(counts, window.horizon());
				ServiceEstimate service = priced(window, targets, agency, entry.getKey(), forecast, mix, items);
				services.add(service.withReview(review(service, counts, entry.getValue().firstUse(upTo), targets)));
			}
		}
		return services;
	}

	/** The agency's share of each of its group's services, priced with the group's weights. */
	private List<ServiceEstimate> pooled(EstimateWindow window, List<YearMonth> targets, Agency agency,
			AgencyHistory own, int upTo, GroupShares groups) {
		GroupShares.Share share = groups.share(agency);
		List<ServiceEstimate> services = new ArrayList<>();
		for (Map.Entry<Service, double[]> entry : groups.services(agency).entrySet()) {
			Service service = entry.getKey();
			Forecast group = groups.forecast(agency, service, this.forecaster, window.horizon());
			double[] f = group.values();
			boolean any = false;
			for (int h = 0; h < f.length; h++) {
				f[h] *= share.value();
				any |= f[h] >= 0.005;
			}
			if (any) {
				ServiceHistory mine = own.services().get(service);
				long items = (mine != null) ? mine.items(upTo) : 0;
				ServiceEstimate estimate = priced(window, targets, agency, service,
						new Forecast(f, share.describe(group.method())),
						groups.mix(agency, service), items, groups.prices(agency, service, this.pricer, targets));
				services.add((mine == null) ? estimate
						: estimate.withReview(review(estimate, mine.counts(upTo), mine.firstUse(upTo), targets)));
			}
		}
		return services;
	}

	private ServiceEstimate priced(EstimateWindow window, List<YearMonth> targets, Agency agency, Service service,
			Forecast forecast, Map<Integer, Long> mix, long items) {
		return priced(window, targets, agency, service, forecast, mix, items, this.pricer.prices(service, mix, targets));
	}

	private ServiceEstimate priced(EstimateWindow window, List<YearMonth> targets, Agency agency, Service service,
			Forecast forecast, Map<Integer, Long> mix, long items, List<MonthPrice> prices) {
		List<PricePeriod> periods = new ArrayList<>();
		BigDecimal fullItems = BigDecimal.ZERO;
		BigDecimal fullAmount = BigDecimal.ZERO;
		for (MonthPrice price : prices) {
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
		long weighed = mix.values().stream().mapToLong(Long::longValue).sum();
		return new ServiceEstimate(service, items, (int) Math.round((double) weight / weighed),
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
		return service.service().label() + ": dự báo " + Notation.decimal(forecast) + " bưu gửi/tháng; " + months
				+ " tháng gần nhất: trung vị " + Notation.decimal(median) + ", bình quân " + Notation.decimal(mean);
	}

	private static String reason(EstimateWindow window, Agency agency, YearMonth firstUse, int used) {
		if (firstUse != null && firstUse.equals(window.historyFrom())) {
			return "dữ liệu chỉ có từ " + Notation.month(firstUse) + " (" + used + " tháng)";
		}
		if (firstUse != null) {
			return "mới sử dụng từ " + Notation.month(firstUse) + " (" + used + " tháng)";
		}
		if (agency.validFrom() != null && agency.validFrom().isAfter(window.historyTo().atEndOfMonth())) {
			return "đơn vị mới, hiệu lực từ " + Notation.day(agency.validFrom());
		}
		return "chưa có bưu gửi KT1 trong lịch sử " + Notation.months(window.historyFrom(), window.historyTo());
	}

	/** Agencies estimated from their own items, by level and category, and by level. */
	private static final class Peers {

		private final Map<String, List<AgencyEstimate>> byGroup = new HashMap<>();

		private final Map<String, List<AgencyEstimate>> byLevel = new HashMap<>();

		private final List<AgencyEstimate> all;

		Peers(List<AgencyEstimate> estimates) {
			this.all = estimates;
			for (AgencyEstimate estimate : estimates) {
				Agency agency = estimate.agency();
				this.byGroup.computeIfAbsent(agency.level() + "/" + agency.category(), (k) -> new ArrayList<>())
					.add(estimate);
				this.byLevel.computeIfAbsent(agency.level(), (k) -> new ArrayList<>()).add(estimate);
			}
		}

		/** @return the median of its peers, or {@code null} without any */
		PeerMedian median(Agency agency, List<YearMonth> targets) {
			List<AgencyEstimate> peers = this.byGroup.get(agency.level() + "/" + agency.category());
			String group = AgencyLevel.label(agency.level()) + " – " + AgencyCategory.label(agency.category());
			if (peers == null && this.byLevel.containsKey(agency.level())) {
				peers = this.byLevel.get(agency.level());
				group = AgencyLevel.label(agency.level());
			}
			if (peers == null) {
				peers = this.all;
				group = "toàn bộ đơn vị";
			}
			if (peers.isEmpty()) {
				return null;
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
