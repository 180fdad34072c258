package vn.kt1.batch.report.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import vn.kt1.batch.incident.Incident;
import vn.kt1.batch.reconcile.judge.ExceptionKind;
import vn.kt1.batch.reconcile.signoff.Signoff;
import vn.kt1.batch.reconcile.tally.ContinuityDay;
import vn.kt1.batch.reconcile.tally.Flag;

/**
 * The year's small figures, read once and shared by the workbook and the document: what
 * the reconciliation runs found (totals per month of the year and of the year before,
 * delivery quality, flags, money), the items by service, secrecy and type, Appendix II
 * agencies by use, and the budget's execution.
 *
 * @param period the months reported
 * @param runs the runs used, of the year and of the same months a year earlier
 * @param totals items and fees per reconciled month, both years
 * @param qualityCells delivery quality per month, service and scope, both years
 * @param items items and fees per service, secrecy and type over the period, as stored now
 * @param filesAfter per reconciled month of the period, the throughput files of its days
 * loaded after its run and not counted by it (data arrived after the month was reconciled)
 * @param flags agency-months and agencies per reconciliation flag over the period
 * @param exceptions item exceptions per kind over the period
 * @param money what agencies reported and paid over the period
 * @param overdue fees unpaid of the months whose payment deadline had passed at the cut-off
 * @param ineligible items from senders that were not valid agencies of the list, by why
 * @param agencies Appendix II agencies of the period by level and category, and how many used
 * KT1
 * @param budget the year's estimate against the fees
 * @param continuity items accepted and delivered by kind of day and at night, and the days
 * post offices that usually accept accepted nothing
 * @param security items by secrecy grade with those lost and returned, and the incidents
 * @param fullYear the whole year estimated, when the period ends before December
 * @param signoffs the finance officers' signatures standing on the period's runs, by month
 */
public record YearFigures(ReportPeriod period, ReportRuns runs, Map<YearMonth, MonthTotal> totals,
		List<QualityCell> qualityCells, List<ItemCell> items, Map<YearMonth, Long> filesAfter, Map<Flag, FlagCount> flags,
		Map<String, Long> exceptions, Money money, Overdue overdue, List<Ineligible> ineligible,
		List<AgencyGroup> agencies, Budget budget, Continuity continuity, Security security,
		Optional<FullYear> fullYear, Map<YearMonth, Signoff> signoffs) {

	/** @return items over the period */
	public long itemCount() {
		return sum(this.period.months(), MonthTotal::items);
	}

	/** @return fees over the period */
	public long fees() {
		return sum(this.period.months(), MonthTotal::fees);
	}

	/** @return items over the same months a year earlier */
	public long previousItemCount() {
		return sum(this.period.previousYearMonths(), MonthTotal::items);
	}

	/** @return fees over the same months a year earlier */
	public long previousFees() {
		return sum(this.period.previousYearMonths(), MonthTotal::fees);
	}

	/** @return whether every month of the year before was reconciled */
	public boolean previousYearComplete() {
		return this.runs.missing(this.period.previousYearMonths()).isEmpty();
	}

	/** @return whether any of the same months a year earlier was reconciled (else there is nothing to compare) */
	public boolean previousYearReconciled() {
		List<YearMonth> months = this.period.previousYearMonths();
		return this.runs.missing(months).size() < months.size();
	}

	/** @return the delivery quality of the cells that pass the filter */
	public Quality quality(Predicate<QualityCell> filter) {
		return this.qualityCells.stream().filter(filter).map(QualityCell::quality).reduce(Quality.NONE, Quality::plus);
	}

	/** @return the delivery quality of the period */
	public Quality quality() {
		return quality((cell) -> inPeriod(cell.month()));
	}

	/** @return the delivery quality of the same months a year earlier */
	public Quality previousQuality() {
		List<YearMonth> months = this.period.previousYearMonths();
		return quality((cell) -> months.contains(cell.month()));
	}

	public boolean inPeriod(YearMonth month) {
		return !month.isBefore(this.period.first()) && !month.isAfter(this.period.last());
	}

	/** @return items and fees grouped by a dimension of the items, in the given order */
	public Map<String, long[]> itemsBy(Function<ItemCell, String> dimension) {
		return this.items.stream()
			.collect(Collectors.toMap(dimension, (cell) -> new long[] { cell.items(), cell.fees() },
					(a, b) -> new long[] { a[0] + b[0], a[1] + b[1] }));
	}

	/** @return the item exceptions of a kind over the period */
	public long exceptions(ExceptionKind kind) {
		return this.exceptions.getOrDefault(kind.name(), 0L);
	}

	/** @return the items and senders of one reason, zero when none */
	public Ineligible ineligible(SenderStanding standing) {
		return this.ineligible.stream()
			.filter((group) -> group.standing() == standing)
			.findFirst()
			.orElse(new Ineligible(standing, 0, 0));
	}

	/** @return Appendix II agencies of the period */
	public long listedAgencies() {
		return this.agencies.stream().mapToLong(AgencyGroup::listed).sum();
	}

	/** @return Appendix II agencies that sent at least one item in the period */
	public long usingAgencies() {
		return this.agencies.stream().mapToLong(AgencyGroup::used).sum();
	}

	private long sum(List<YearMonth> months, Function<MonthTotal, Long> value) {
		return months.stream().map(this.totals::get).filter((t) -> t != null).mapToLong(value::apply).sum();
	}

	static Map<Flag, FlagCount> noFlags() {
		return new EnumMap<>(Flag.class);
	}

	/** Items of a post office accepted and delivered on a kind of day, and of those at night. */
	public record ContinuityCell(String postOffice, String postOfficeName, ContinuityDay day, long accepted,
			long acceptedNight, long delivered, long deliveredNight) {
	}

	/** A day on which a post office that usually accepts items on such days accepted none. */
	public record SilentDay(String postOffice, String postOfficeName, LocalDate day, ContinuityDay kind) {
	}

	/**
	 * The continuity of the service as measured.
	 * @param cells per post office and kind of day
	 * @param silentDays the days a post office accepted nothing though it usually does
	 * @param usualShare a post office usually accepts on a kind of day in a month when it
	 * accepted something on at least this share of those days between its first and last
	 * day with items that month (and there were at least four such days)
	 * @param night the night's hours, e.g. {@code 22:00–06:00}
	 */
	public record Continuity(List<ContinuityCell> cells, List<SilentDay> silentDays, double usualShare, String night) {

		/** @return the sums over every post office of one kind of day; {@code null}: every kind */
		public ContinuityCell total(ContinuityDay day) {
			long[] sums = new long[4];
			for (ContinuityCell cell : this.cells) {
				if (day == null || cell.day() == day) {
					sums[0] += cell.accepted();
					sums[1] += cell.acceptedNight();
					sums[2] += cell.delivered();
					sums[3] += cell.deliveredNight();
				}
			}
			return new ContinuityCell("", "", day, sums[0], sums[1], sums[2], sums[3]);
		}

		/** @return how many post offices accepted something on a kind of day */
		public long officesAccepting(ContinuityDay day) {
			return this.cells.stream().filter((c) -> c.day() == day && c.accepted() > 0).count();
		}

	}

	/** Items of a secrecy grade ({@code ""} not secret), with those lost and returned. */
	public record GradeCell(String secrecy, long items, long lost, long returned) {
	}

	/** Security and safety: items by secrecy grade, and the incidents of the register. */
	public record Security(List<GradeCell> grades, List<Incident> incidents) {

		public GradeCell grade(String secrecy) {
			return this.grades.stream()
				.filter((g) -> g.secrecy().equals(secrecy))
				.findFirst()
				.orElse(new GradeCell(secrecy, 0, 0, 0));
		}

	}

	/**
	 * The whole year estimated from the months reported ("ước thực hiện cả năm").
	 * @param items the months reported plus the rest estimated
	 * @param fees likewise
	 * @param method how the rest was estimated, in words
	 */
	public record FullYear(long items, long fees, String method) {
	}

	/** Items and fees of a reconciled month. */
	public record MonthTotal(YearMonth month, long items, long fees) {
	}

	/** Delivery quality of a month, service and scope. */
	public record QualityCell(YearMonth month, String urgency, String scope, Quality quality) {
	}

	/** Items and fees of a service, secrecy and item type. */
	public record ItemCell(String urgency, String secrecy, String itemType, long items, long fees) {
	}

	/** How often a flag was raised: agency-months and distinct agencies. */
	public record FlagCount(long agencyMonths, long agencies) {
	}

	/**
	 * What agencies reported and paid, against the post office's fees.
	 * @param reportedItems items the agencies reported
	 * @param reportedVnd amounts the agencies reported
	 * @param paidVnd payments for the period's months, refunds netted
	 * @param expectedVnd the fees by the tariff
	 */
	public record Money(long reportedItems, long reportedVnd, long paidVnd, long expectedVnd) {
	}

	/**
	 * Fees still unpaid of the months whose payment deadline (the month's last day plus
	 * {@code kt1.reconcile.grace-days}) had passed at the report's cut-off. A month whose
	 * deadline was still ahead at the cut-off is not overdue, even when its run, made later,
	 * judged its payments.
	 * @param graceDays the grace period, in days after the month
	 * @param amountVnd fees not paid of the agency-months judged unpaid or partly paid
	 * @param agencyMonths such agency-months
	 * @param months the months counted: deadline passed at the cut-off, payments judged
	 * @param notDue the months whose deadline was still ahead at the cut-off
	 * @param notJudged months past their deadline at the cut-off whose run was made before it
	 * (payments not judged: reconcile them again)
	 */
	public record Overdue(int graceDays, long amountVnd, long agencyMonths, List<YearMonth> months, List<YearMonth> notDue,
			List<YearMonth> notJudged) {
	}

	/** Items from senders that were not valid agencies of Appendix II, and those senders, for one reason. */
	public record Ineligible(SenderStanding standing, long items, long senders) {
	}

	/** Appendix II agencies of a level and category valid in the period, and those that sent items. */
	public record AgencyGroup(String level, String category, long listed, long used) {

		public long unused() {
			return this.listed - this.used;
		}

	}

	/**
	 * The year's budgets against the fees and payments: each agency's allocated budget (dự toán
	 * được giao), or kt1-batch's estimate when it has none.
	 * @param source which estimate the estimated budgets come from, empty when none is used
	 * @param estimateVnd the budgets' total
	 * @param feesVnd the fees of the agencies with a budget
	 * @param paidVnd what the agencies with a budget paid for the period's months
	 * @param agencies agencies with a budget
	 * @param allocated of them, agencies whose budget is an allocation
	 * @param over agencies whose fees exceed their budget
	 * @param byLevel budget, fees and payments per agency level
	 */
	public record Budget(Optional<String> source, long estimateVnd, long feesVnd, long paidVnd, long agencies, long allocated,
			long over, Map<String, long[]> byLevel) {

		/** @return whether the year has an estimate */
		public boolean present() {
			return this.agencies > 0;
		}

	}

}
