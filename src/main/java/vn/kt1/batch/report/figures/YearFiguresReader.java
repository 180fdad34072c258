package vn.kt1.batch.report.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.kt1.batch.incident.Incidents;
import vn.kt1.batch.reconcile.ReconcileProperties;
import vn.kt1.batch.reconcile.signoff.MonthSignoffs;
import vn.kt1.batch.reconcile.tally.Flag;
import vn.kt1.batch.report.figures.YearFigures.AgencyGroup;
import vn.kt1.batch.report.figures.YearFigures.Budget;
import vn.kt1.batch.report.figures.YearFigures.FlagCount;
import vn.kt1.batch.report.figures.YearFigures.FullYear;
import vn.kt1.batch.report.figures.YearFigures.GradeCell;
import vn.kt1.batch.report.figures.YearFigures.Ineligible;
import vn.kt1.batch.report.figures.YearFigures.ItemCell;
import vn.kt1.batch.report.figures.YearFigures.Money;
import vn.kt1.batch.report.figures.YearFigures.MonthTotal;
import vn.kt1.batch.report.figures.YearFigures.Overdue;
import vn.kt1.batch.report.figures.YearFigures.QualityCell;
import vn.kt1.batch.report.figures.YearFigures.Security;

/**
 * Reads {@link YearFigures}: every figure is an aggregate of what the months' reconciliation
 * runs stored, never the items themselves, so the time does not grow with the year's items;
 * only the check for data a run did not see reads the registry of input files.
 */
@Component
public class YearFiguresReader {

	public static final String AGENCIES_OF_PERIOD = "(g.valid_from IS NULL OR g.valid_from <= :end) "
			+ "AND (g.valid_to IS NULL OR g.valid_to >= :start)";

	/** Items per service, secrecy and type, as each month's reconciliation counted them. */
	private static final String ITEMS = """
			SELECT urgency, secrecy, item_type, SUM(items), SUM(fees_vnd)
			  FROM reconcile_item_split WHERE run_id IN (:runs)
			 GROUP BY urgency, secrecy, item_type
			""";

	/**
	 * Per run, the throughput files of its month's days loaded after it began and not among
	 * the files it counted: data the run did not see (the month should be reconciled again).
	 */
	private static final String FILES_AFTER = """
			SELECT r.month, COUNT(f.id)
			  FROM reconcile_run r
			  LEFT JOIN input_file f ON f.kind = 'THROUGHPUT' AND f.status = 'LOADED' AND f.rows_loaded > 0
			       AND f.business_date >= CONCAT(r.month, '-01')
			       AND f.business_date < CONCAT(r.month, '-01') + INTERVAL 1 MONTH
			       AND f.finished_at > r.started_at
			       AND NOT EXISTS (SELECT 1 FROM reconcile_source_file s WHERE s.run_id = r.id AND s.file_id = f.id)
			 WHERE r.id IN (:runs)
			 GROUP BY r.month
			""";

	/** Unpaid fees of each run's month: its agency-months judged unpaid or partly paid. */
	private static final String UNPAID = """
			SELECT r.month, r.payments_judged,
			       COALESCE(SUM(CASE WHEN %1$s THEN a.po_fees_vnd - a.paid_vnd ELSE 0 END), 0), COALESCE(SUM(%1$s), 0)
			  FROM reconcile_run r LEFT JOIN reconcile_agency a ON a.run_id = r.id
			 WHERE r.id IN (:runs)
			 GROUP BY r.month, r.payments_judged
			""".formatted("(FIND_IN_SET('UNPAID', a.flags) > 0 OR FIND_IN_SET('PARTLY_PAID', a.flags) > 0)");

	/** Items from senders not valid on their acceptance day, by what today's agency list says of them. */
	private static final String INELIGIBLE = """
			SELECT CASE WHEN g.code IS NULL THEN 'NOT_LISTED'
			            WHEN (g.valid_from IS NOT NULL AND DATE(e.accepted_at) < g.valid_from)
			              OR (g.valid_to IS NOT NULL AND DATE(e.accepted_at) > g.valid_to) THEN 'OUTSIDE_VALIDITY'
			            ELSE 'LISTED_SINCE' END AS standing, COUNT(*), COUNT(DISTINCT e.sender_code)
			  FROM reconcile_exception e LEFT JOIN agency g ON g.code = e.sender_code
			 WHERE e.run_id IN (:runs) AND e.kind = 'INELIGIBLE_SENDER'
			 GROUP BY standing
			""";

	private final ReportQueries queries;

	private final BudgetBases bases;

	/** Items of each secrecy grade, with those lost and returned. */
	private static final String GRADES = """
			SELECT secrecy, SUM(items), SUM(lost), SUM(returned) FROM reconcile_item_split WHERE run_id IN (:runs)
			 GROUP BY secrecy
			""";

	/** Totals of the current runs of months (the rest of the year before, for the whole-year estimate). */
	private static final String CURRENT_TOTALS = """
			SELECT month, items, fees_vnd FROM reconcile_run
			 WHERE current AND status = 'COMPLETED' AND month IN (:months)
			""";

	private final int graceDays;

	private final ContinuityReader continuity;

	private final Incidents incidents;

	private final MonthSignoffs signoffs;

	YearFiguresReader(ReportQueries queries, BudgetBases bases, ReconcileProperties reconcile,
			ContinuityReader continuity, Incidents incidents, MonthSignoffs signoffs) {
		this.queries = queries;
		this.bases = bases;
		this.graceDays = reconcile.graceDays();
		this.continuity = continuity;
		this.incidents = incidents;
		this.signoffs = signoffs;
	}

	public YearFigures read(ReportPeriod period, ReportRuns runs) {
		List<YearMonth> both = Stream.concat(period.previousYearMonths().stream(), period.months().stream()).toList();
		Map<String, Object> all = Map.of("runs", ReportQueries.runs(runs.ids(both)));
		Map<String, Object> year = Map.of("runs", ReportQueries.runs(runs.ids(period.months())), "start",
				period.start(), "end", period.end());
		Map<YearMonth, Long> filesAfter = new TreeMap<>();
		this.queries.stream(FILES_AFTER, year, (rs) -> {
			filesAfter.put(YearMonth.parse(rs.getString(1)), rs.getLong(2));
		});
		List<ItemCell> items = this.queries.list(ITEMS, year, (rs, n) -> new ItemCell(rs.getString(1), rs.getString(2),
				rs.getString(3), rs.getLong(4), rs.getLong(5)));
		Map<YearMonth, MonthTotal> totals = totals(all);
		Security security = new Security(this.queries.list(GRADES, year, (rs, n) -> new GradeCell(rs.getString(1),
				rs.getLong(2), rs.getLong(3), rs.getLong(4))), this.incidents.between(period.start(), period.end()));
		return new YearFigures(period, runs, totals, quality(all), items, filesAfter, flags(year), exceptions(year),
				money(year), overdue(period, year), ineligible(year), agencies(year), budget(period.year(), year),
				this.continuity.read(runs.ids(period.months())), security, fullYear(period, runs, totals),
				this.signoffs.standingOn(runs.ids(period.months())));
	}

	/**
	 * The whole year, when the period ends before December and covers the year from January:
	 * the months to come in the proportion they had to the same months the year before (when
	 * every month of the year before was reconciled), otherwise at the period's monthly average.
	 */
	private Optional<FullYear> fullYear(ReportPeriod period, ReportRuns runs, Map<YearMonth, MonthTotal> totals) {
		if (period.wholeYear() || period.first().getMonthValue() != 1 || !runs.missing(period.months()).isEmpty()) {
			return Optional.empty();
		}
		long items = sum(totals, period.months(), MonthTotal::items);
		long fees = sum(totals, period.months(), MonthTotal::fees);
		List<YearMonth> rest = new ArrayList<>();
		for (YearMonth month = period.last().plusMonths(1); month.getYear() == period.year(); month = month
			.plusMonths(1)) {
			rest.add(month);
		}
		List<YearMonth> restBefore = rest.stream().map((month) -> month.minusYears(1)).toList();
		Map<YearMonth, MonthTotal> before = new TreeMap<>();
		this.queries.stream(CURRENT_TOTALS, Map.of("months", restBefore.stream().map(YearMonth::toString).toList()),
				(rs) -> {
					YearMonth month = YearMonth.parse(rs.getString(1));
					before.put(month, new MonthTotal(month, rs.getLong(2), rs.getLong(3)));
				});
		long itemsBefore = sum(totals, period.previousYearMonths(), MonthTotal::items);
		long feesBefore = sum(totals, period.previousYearMonths(), MonthTotal::fees);
		String months = (rest.size() == 1) ? "tháng " + rest.get(0).getMonthValue()
				: "tháng " + rest.get(0).getMonthValue() + " – " + rest.get(rest.size() - 1).getMonthValue();
		if (before.size() == rest.size() && runs.missing(period.previousYearMonths()).isEmpty() && itemsBefore > 0
				&& feesBefore > 0) {
			long restItems = sum(before, restBefore, MonthTotal::items);
			long restFees = sum(before, restBefore, MonthTotal::fees);
			return Optional.of(new FullYear(items + Math.round((double) items * restItems / itemsBefore),
					fees + Math.round((double) fees * restFees / feesBefore),
					months + " ước tính theo tỷ lệ của " + months + " so với " + period.months().size()
							+ " tháng đầu năm " + (period.year() - 1)));
		}
		int count = period.months().size();
		return Optional.of(new FullYear(items + Math.round((double) items * rest.size() / count),
				fees + Math.round((double) fees * rest.size() / count),
				months + " ước tính bằng bình quân " + count + " tháng đầu năm " + period.year()
						+ " (năm " + (period.year() - 1) + " chưa đối soát đủ để tính theo mùa)"));
	}

	private static long sum(Map<YearMonth, MonthTotal> totals, List<YearMonth> months,
			ToLongFunction<MonthTotal> value) {
		return months.stream().map(totals::get).filter((t) -> t != null).mapToLong(value).sum();
	}

	private Map<YearMonth, MonthTotal> totals(Map<String, Object> runs) {
		return this.queries
			.list("SELECT month, items, fees_vnd FROM reconcile_run WHERE id IN (:runs)", runs,
					(rs, n) -> new MonthTotal(YearMonth.parse(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
			.stream()
			.collect(Collectors.toMap(MonthTotal::month, (total) -> total, (a, b) -> a, TreeMap::new));
	}

	private List<QualityCell> quality(Map<String, Object> runs) {
		return this.queries.list("SELECT r.month, q.urgency, q.scope, SUM(q.accepted), SUM(q.delivered), "
				+ "SUM(q.on_time), SUM(q.late), SUM(q.returned), SUM(q.lost), SUM(q.in_transit) FROM delivery_quality q "
				+ "JOIN reconcile_run r ON r.id = q.run_id WHERE q.run_id IN (:runs) GROUP BY r.month, q.urgency, q.scope",
				runs,
				(rs, n) -> new QualityCell(YearMonth.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
						new Quality(rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
								rs.getLong(9), rs.getLong(10))));
	}

	private Map<Flag, FlagCount> flags(Map<String, Object> year) {
		StringBuilder sql = new StringBuilder("SELECT ");
		for (Flag flag : Flag.values()) {
			String raised = "FIND_IN_SET('" + flag.name() + "', flags) > 0";
			sql.append("SUM(").append(raised).append("), COUNT(DISTINCT CASE WHEN ").append(raised)
				.append(" THEN agency_code END), ");
		}
		sql.setLength(sql.length() - 2);
		sql.append(" FROM reconcile_agency WHERE run_id IN (:runs)");
		Map<Flag, FlagCount> flags = YearFigures.noFlags();
		this.queries.stream(sql.toString(), year, (rs) -> {
			for (Flag flag : Flag.values()) {
				flags.put(flag, new FlagCount(rs.getLong(2 * flag.ordinal() + 1), rs.getLong(2 * flag.ordinal() + 2)));
			}
		});
		return flags;
	}

	private Map<String, Long> exceptions(Map<String, Object> year) {
		Map<String, Long> counts = new HashMap<>();
		this.queries.stream("SELECT kind, COUNT(*) FROM reconcile_exception WHERE run_id IN (:runs) GROUP BY kind", year,
				(rs) -> {
					counts.put(rs.getString(1), rs.getLong(2));
				});
		return counts;
	}

	private Money money(Map<String, Object> year) {
		return this.queries.list("""
				SELECT COALESCE(SUM(reported_items), 0), COALESCE(SUM(reported_vnd), 0), COALESCE(SUM(paid_vnd), 0),
				       COALESCE(SUM(expected_fees_vnd), 0)
				  FROM reconcile_agency WHERE run_id IN (:runs)
				""", year, (rs, n) -> new Money(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).get(0);
	}

	/** Unpaid fees of the months past their payment deadline at the cut-off only. */
	private Overdue overdue(ReportPeriod period, Map<String, Object> year) {
		long[] sums = new long[2];
		List<YearMonth> months = new ArrayList<>();
		List<YearMonth> notDue = new ArrayList<>();
		List<YearMonth> notJudged = new ArrayList<>();
		this.queries.stream(UNPAID, year, (rs) -> {
			YearMonth month = YearMonth.parse(rs.getString(1));
			if (period.cutoff().isBefore(paymentDeadline(month))) {
				notDue.add(month);
			}
			else if (!rs.getBoolean(2)) {
				notJudged.add(month);
			}
			else {
				months.add(month);
				sums[0] += rs.getLong(3);
				sums[1] += rs.getLong(4);
			}
		});
		return new Overdue(this.graceDays, sums[0], sums[1], sorted(months), sorted(notDue), sorted(notJudged));
	}

	/** @return the first day a month's payments are judged: its last day plus the grace period */
	private LocalDate paymentDeadline(YearMonth month) {
		return month.atEndOfMonth().plusDays(this.graceDays);
	}

	private List<Ineligible> ineligible(Map<String, Object> year) {
		return this.queries.list(INELIGIBLE, year, (rs, n) -> new Ineligible(SenderStanding.valueOf(rs.getString(1)),
				rs.getLong(2), rs.getLong(3)));
	}

	private static List<YearMonth> sorted(List<YearMonth> months) {
		return months.stream().sorted().toList();
	}

	private List<AgencyGroup> agencies(Map<String, Object> year) {
		return this.queries.list("SELECT g.level, g.category, COUNT(*), SUM(COALESCE(u.items, 0) > 0) FROM agency g "
				+ "LEFT JOIN (SELECT agency_code, SUM(po_items) AS items FROM reconcile_agency WHERE run_id IN (:runs) "
				+ "GROUP BY agency_code) u ON u.agency_code = g.code WHERE " + AGENCIES_OF_PERIOD
				+ " GROUP BY g.level, g.category ORDER BY FIELD(g.level, 'TINH', 'KHU_VUC', 'XA', 'DAC_BIET'), g.category",
				year, (rs, n) -> new AgencyGroup(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
	}

	private Budget budget(int year, Map<String, Object> runs) {
		BudgetTally tally = new BudgetTally(this.bases.forYear(year));
		this.queries.stream("SELECT a.agency_code, COALESCE(g.level, ''), SUM(a.po_fees_vnd), SUM(a.paid_vnd) "
				+ "FROM reconcile_agency a LEFT JOIN agency g ON g.code = a.agency_code WHERE a.run_id IN (:runs) "
				+ "GROUP BY a.agency_code, g.level", runs, (rs) -> {
					tally.add(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4));
				});
		return tally.budget();
	}

}
