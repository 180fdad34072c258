package vn.kt1.batch.reconcile.tally;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import vn.kt1.batch.reconcile.judge.ItemVerdict;
import vn.kt1.batch.reconcile.judge.MonthItem;
import vn.kt1.batch.reconcile.judge.Outcome;
import vn.kt1.batch.shared.calendar.WorkingCalendar;

/**
 * The month's figures that reports read, tallied as the items stream by: items per post
 * office, service, secrecy and type (with lost and returned); items accepted and delivered
 * per post office and kind of day, and at night; the days each post office accepted on.
 * Delivery counts go to the accepting post office (the delivering one is not reported).
 */
final class MonthFigures {

	/** Key of a split row: post office, service, secrecy, item type. */
	record Split(String postOffice, String urgency, String secrecy, String itemType) implements Comparable<Split> {

		// field by field: joining the fields into one string at each comparison took a fifth of
		// a national month's reconciliation (107 of 540 samples)
		private static final Comparator<Split> ORDER = Comparator.comparing(Split::postOffice)
			.thenComparing(Split::urgency)
			.thenComparing(Split::secrecy)
			.thenComparing(Split::itemType);

		@Override
		public int compareTo(Split other) {
			return ORDER.compare(this, other);
		}

	}

	/** Key of a continuity row: post office and kind of day. */
	record Continuity(String postOffice, ContinuityDay day) implements Comparable<Continuity> {

		@Override
		public int compareTo(Continuity other) {
			int office = this.postOffice.compareTo(other.postOffice);
			return (office != 0) ? office : this.day.compareTo(other.day);
		}

	}

	/** Key of an office-day row. */
	record OfficeDay(String postOffice, LocalDate day) implements Comparable<OfficeDay> {

		@Override
		public int compareTo(OfficeDay other) {
			int office = this.postOffice.compareTo(other.postOffice);
			return (office != 0) ? office : this.day.compareTo(other.day);
		}

	}

	// Hash maps, sorted once when stored (MonthFiguresStore): with sorted maps, finding each
	// item's three keys by comparison took 16 % of a national month's CPU samples (206 of 1,261
	// in a flight recording of October 2025: 1,078,603 items).

	/** items, fees, lost, returned */
	final Map<Split, long[]> splits = new HashMap<>();

	/** accepted, accepted at night, delivered, delivered at night */
	final Map<Continuity, int[]> continuity = new HashMap<>();

	final Map<OfficeDay, int[]> officeDays = new HashMap<>();

	private final WorkingCalendar calendar;

	private final LocalTime nightFrom;

	private final LocalTime nightTo;

	/**
	 * @param nightFrom the time night begins (22:00 by the Labour Code, art. 106)
	 * @param nightTo the time it ends, the next morning (06:00)
	 */
	MonthFigures(WorkingCalendar calendar, LocalTime nightFrom, LocalTime nightTo) {
		this.calendar = calendar;
		this.nightFrom = nightFrom;
		this.nightTo = nightTo;
	}

	void add(ItemVerdict verdict) {
		MonthItem item = verdict.item();
		long[] split = this.splits.computeIfAbsent(
				new Split(item.postOfficeCode(), item.urgency(), item.secrecy(), item.itemType()), (key) -> new long[4]);
		split[0]++;
		split[1] += item.feeVnd();
		split[2] += (verdict.outcome() == Outcome.LOST) ? 1 : 0;
		split[3] += (verdict.outcome() == Outcome.RETURNED) ? 1 : 0;
		LocalDateTime accepted = item.acceptedAt();
		int[] onAcceptance = continuity(item.postOfficeCode(), accepted.toLocalDate());
		onAcceptance[0]++;
		onAcceptance[1] += night(accepted) ? 1 : 0;
		if ("DA_PHAT".equals(item.state()) && item.attemptedAt() != null) {
			int[] onDelivery = continuity(item.postOfficeCode(), item.attemptedAt().toLocalDate());
			onDelivery[2]++;
			onDelivery[3] += night(item.attemptedAt()) ? 1 : 0;
		}
		this.officeDays.computeIfAbsent(new OfficeDay(item.postOfficeCode(), accepted.toLocalDate()),
				(key) -> new int[1])[0]++;
	}

	private int[] continuity(String postOffice, LocalDate day) {
		return this.continuity.computeIfAbsent(new Continuity(postOffice, ContinuityDay.of(day, this.calendar)),
				(key) -> new int[4]);
	}

	/** @return whether the time falls in the night: from {@code nightFrom} to {@code nightTo} the next morning */
	boolean night(LocalDateTime time) {
		LocalTime clock = time.toLocalTime();
		return this.nightFrom.isAfter(this.nightTo) ? !clock.isBefore(this.nightFrom) || clock.isBefore(this.nightTo)
				: !clock.isBefore(this.nightFrom) && clock.isBefore(this.nightTo);
	}

}
