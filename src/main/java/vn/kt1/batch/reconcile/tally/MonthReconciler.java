package vn.kt1.batch.reconcile.tally;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.kt1.batch.reconcile.ReconcileProperties;
import vn.kt1.batch.reconcile.checks.CheckStore;
import vn.kt1.batch.reconcile.checks.EventFindings;
import vn.kt1.batch.reconcile.judge.DeliveryDeadline;
import vn.kt1.batch.reconcile.judge.ItemException;
import vn.kt1.batch.reconcile.judge.ItemJudge;
import vn.kt1.batch.reconcile.judge.ItemVerdict;
import vn.kt1.batch.reconcile.judge.MonthItemReader;
import vn.kt1.batch.reconcile.judge.Places;
import vn.kt1.batch.reference.TariffRepository;
import vn.kt1.batch.shared.calendar.WorkingCalendar;

/**
 * Reconciles one month into a run: streams the month's items once (price, deadline,
 * exceptions, sums per sender and per post office), then sets each agency's items beside its
 * report and payments and judges it. The same pass tallies the figures reports read
 * ({@link MonthFigures}) and what the month's data checks look for ({@link EventFindings}).
 * Every item is counted in exactly one agency row (its sender's), and every report and
 * payment of the month in its agency's row.
 */
@Component
public class MonthReconciler {

	private static final Logger logger = LoggerFactory.getLogger(MonthReconciler.class);

	private final JdbcTemplate jdbc;

	private final MonthItemReader items;

	private final ReconcileStore store;

	private final TariffRepository tariffs;

	private final DeliveryDeadline deadline;

	private final ReconcileProperties properties;

	private final WorkingCalendar calendar;

	private final MonthFiguresStore figuresStore;

	private final CheckStore checks;

	MonthReconciler(JdbcTemplate jdbc, MonthItemReader items, ReconcileStore store, TariffRepository tariffs,
			DeliveryDeadline deadline, ReconcileProperties properties, WorkingCalendar calendar,
			MonthFiguresStore figuresStore, CheckStore checks) {
		this.jdbc = jdbc;
		this.items = items;
		this.store = store;
		this.tariffs = tariffs;
		this.deadline = deadline;
		this.properties = properties;
		this.calendar = calendar;
		this.figuresStore = figuresStore;
		this.checks = checks;
	}

	/** @return the number of rows per flag */
	public Map<Flag, Integer> reconcile(long runId, YearMonth month, LocalDate asOf, boolean paymentsJudged) {
		Places places = Places.load(this.jdbc, month);
		ItemJudge judge = new ItemJudge(places, this.tariffs.load(), this.deadline,
				this.properties.itemFeeToleranceVnd(), asOf.atStartOfDay());
		Map<String, AgencyTally> senders = new HashMap<>();
		// a hash map, sorted once when stored: see MonthFigures
		Map<QualityKey, QualityTally> quality = new HashMap<>();
		List<ItemException> exceptions = new ArrayList<>();
		MonthFigures figures = new MonthFigures(this.calendar, this.properties.nightFrom(), this.properties.nightTo());
		long started = System.nanoTime();
		EventFindings findings = new EventFindings();
		this.items.forEach(month, asOf, (item) -> {
			ItemVerdict verdict = judge.judge(item);
			senders.computeIfAbsent(item.senderCode(), (code) -> new AgencyTally()).add(verdict);
			quality.computeIfAbsent(new QualityKey(item.postOfficeCode(), verdict.zone(), item.urgency()),
					(key) -> new QualityTally())
				.add(verdict);
			exceptions.addAll(verdict.exceptions());
			figures.add(verdict);
		}, findings);
		long read = System.nanoTime();
		this.store.clearResults(runId);
		// numbered in barcode order as before, whatever order the items are read in (stable: an
		// item keeps its exceptions in the order judged)
		exceptions.sort(Comparator.comparing((ItemException exception) -> exception.item().barcode()));
		this.store.saveExceptions(runId, exceptions);
		long saved = System.nanoTime();
		this.store.saveQuality(runId, quality);
		this.figuresStore.save(runId, figures);
		this.figuresStore.saveSources(runId, month);
		this.checks.saveEventFindings(runId, findings);
		Map<Flag, Integer> flags = saveAgencies(runId, month, places, senders, paymentsJudged);
		int items = senders.values().stream().mapToInt((tally) -> tally.items).sum();
		logger.info("reconcileJob {}: {} items read and judged in {} ms, {} exceptions stored in {} ms, figures and "
				+ "agencies in {} ms", month, items, (read - started) / 1_000_000, exceptions.size(),
				(saved - read) / 1_000_000, (System.nanoTime() - saved) / 1_000_000);
		return flags;
	}

	private Map<Flag, Integer> saveAgencies(long runId, YearMonth month, Places places,
			Map<String, AgencyTally> senders, boolean paymentsJudged) {
		Map<String, long[]> reports = this.store.reports(month);
		Map<String, Long> payments = this.store.payments(month);
		Map<String, AgencyTally> rows = new LinkedHashMap<>();
		places.listedAgencies().forEach((code) -> rows.put(code, senders.getOrDefault(code, new AgencyTally())));
		new TreeMap<>(senders).forEach(rows::putIfAbsent);
		// reports and payments of agencies off the list this month keep their row, so no money is lost
		new TreeMap<>(reports).keySet().forEach((code) -> rows.putIfAbsent(code, new AgencyTally()));
		new TreeMap<>(payments).keySet().forEach((code) -> rows.putIfAbsent(code, new AgencyTally()));
		AgencyFlags judge = new AgencyFlags(this.properties.money(), this.properties.countTolerance());
		List<AgencyMonth> months = new ArrayList<>();
		Map<String, Set<Flag>> flags = new HashMap<>();
		Map<Flag, Integer> counts = new EnumMap<>(Flag.class);
		rows.forEach((code, tally) -> {
			long[] report = reports.get(code);
			AgencyMonth row = new AgencyMonth(code, places.isListed(code), tally.items, tally.fees, tally.expectedFees,
					tally.unpriced, tally.ineligible, (report != null) ? (int) report[0] : null,
					(report != null) ? report[1] : null, payments.getOrDefault(code, 0L));
			months.add(row);
			Set<Flag> judged = judge.judge(row, paymentsJudged);
			flags.put(code, judged);
			judged.forEach((flag) -> counts.merge(flag, 1, Integer::sum));
		});
		this.store.saveAgencies(runId, months, flags);
		return counts;
	}

}
