package vn.kt1.batch.reconcile.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.kt1.batch.shared.calendar.WorkingCalendar;
import vn.kt1.batch.shared.calendar.YearNotCoveredException;

/**
 * When a KT1 item is due. J is the acceptance day (whatever its time, and even on a day
 * off); J + n is the n-th working day after J, by the end of that day ({@code dayEnd});
 * J + n.5 is the {@code halfDayCutoff} of the (n + 1)-th working day after J, so J + 1.5 is
 * noon of the second working day. The norm applied is the one valid on the acceptance day.
 * A Hẹn giờ item ({@code HG}) is due at the time agreed with the sender. Immutable and
 * thread-safe.
 */
public final class DeliveryNorms {

	/** The urgency code of Hẹn giờ: delivery at the agreed time. */
	public static final String AGREED_TIME = "HG";

	private final WorkingCalendar calendar;

	private final String source;

	private final List<DeliveryNorm> norms;

	private final LocalTime halfDayCutoff;

	private final LocalTime dayEnd;

	/**
	 * @param calendar the working days
	 * @param source where the norms come from, for messages
	 * @param norms the norms, as {@link DeliveryNormsFile} checked them
	 * @param halfDayCutoff the deadline of a half day, e.g. 12:00
	 * @param dayEnd the deadline of a whole day, e.g. 23:59:59
	 */
	public DeliveryNorms(WorkingCalendar calendar, String source, List<DeliveryNorm> norms, LocalTime halfDayCutoff,
			LocalTime dayEnd) {
		this.calendar = Objects.requireNonNull(calendar);
		this.source = source;
		this.norms = List.copyOf(norms);
		this.halfDayCutoff = Objects.requireNonNull(halfDayCutoff);
		this.dayEnd = Objects.requireNonNull(dayEnd);
		if (!halfDayCutoff.isBefore(dayEnd)) {
			throw new IllegalArgumentException(
					"the half-day cut-off " + halfDayCutoff + " must be before the end of the day " + dayEnd);
		}
	}

	/**
	 * @param acceptedAt when the post office accepted the item
	 * @param scope {@code NOI_TINH} or {@code LIEN_TINH}
	 * @param urgency {@code KT1}, {@code HT} or {@code HG}
	 * @param agreedDeadline the time agreed with the sender ({@code han_phat}): required for
	 * {@code HG}, ignored otherwise (the norm is the deadline, not what the post office wrote)
	 * @return the deadline of the first delivery attempt
	 * @throws IllegalArgumentException for an unknown scope or urgency, or HG without agreed
	 * time
	 * @throws IllegalStateException when no norm is valid on the acceptance day
	 * @throws YearNotCoveredException when the working-day calendar lacks a year needed
	 */
	public LocalDateTime dueAt(LocalDateTime acceptedAt, String scope, String urgency,
			LocalDateTime agreedDeadline) {
		Objects.requireNonNull(acceptedAt, "acceptedAt");
		if (AGREED_TIME.equals(urgency)) {
			if (agreedDeadline == null) {
				throw new IllegalArgumentException("a Hẹn giờ (HG) item needs the agreed time (han_phat)");
			}
			return agreedDeadline;
		}
		LocalDate j = acceptedAt.toLocalDate();
		return dueAt(j, normFor(j, scope, urgency).workingDays());
	}

	/**
	 * @return the norm valid for items of this scope and urgency accepted on that day
	 * @throws IllegalArgumentException for an unknown scope or urgency (HG has no norm)
	 * @throws IllegalStateException when none is valid on that day
	 */
	public DeliveryNorm normFor(LocalDate acceptedOn, String scope, String urgency) {
		requireKnown("scope", scope, DeliveryNormsFile.SCOPES);
		if (AGREED_TIME.equals(urgency)) {
			throw new IllegalArgumentException("HG (Hẹn giờ) has no norm: its deadline is the agreed time");
		}
		requireKnown("urgency", urgency, DeliveryNormsFile.URGENCIES);
		return this.norms.stream()
			.filter((norm) -> norm.scope().equals(scope) && norm.urgency().equals(urgency))
			.filter((norm) -> norm.appliesOn(acceptedOn))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no delivery norm for " + scope + " " + urgency
					+ " accepted on " + acceptedOn + " in " + this.source + " (setting kt1.reconcile.norms-file)"));
	}

	private LocalDateTime dueAt(LocalDate j, BigDecimal workingDays) {
		int days = workingDays.setScale(0, RoundingMode.CEILING).intValueExact();
		boolean halfDay = workingDays.stripTrailingZeros().scale() > 0;
		return this.calendar.plusWorkingDays(j, days).atTime(halfDay ? this.halfDayCutoff : this.dayEnd);
	}

	private static void requireKnown(String what, String code, Set<String> known) {
		if (code == null || !known.contains(code)) {
			throw new IllegalArgumentException(
					"unknown " + what + " '" + code + "' (known: " + DeliveryNormsFile.listed(known) + ")");
		}
	}

	/** @return the deadline of a half day */
	public LocalTime halfDayCutoff() {
		return this.halfDayCutoff;
	}

	/** @return the deadline of a whole day */
	public LocalTime dayEnd() {
		return this.dayEnd;
	}

	/** @return all norms, in file order */
	public List<DeliveryNorm> norms() {
		return this.norms;
	}

}
