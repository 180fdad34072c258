package vn.kt1.batch.reconcile.judge;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

import vn.kt1.batch.reconcile.checks.EventFindings;
import vn.kt1.batch.shared.code.ItemStatus;

/**
 * The events of one item folded into the item, as a {@code GROUP BY} of its events would fold
 * them: the least of each field fixed at acceptance (ingest keeps them equal; the post office
 * may differ), the latest agreed time, the first delivery or return, the most advanced state,
 * and what the data checks look for in the events.
 */
final class ItemFold {

	/** Heavier than this (grams) an item is implausible for KT1. */
	static final int MAX_WEIGHT_G = 30_000;

	private final String barcode;

	private final LocalDateTime acceptedAt;

	private final LocalDateTime lateAfter;

	private String postOfficeCode;

	private String senderCode;

	private String receiverCode;

	private String urgency;

	private String secrecy;

	private String itemType;

	private int weightG = Integer.MAX_VALUE;

	private long feeVnd = Long.MAX_VALUE;

	private LocalDateTime agreedDueAt;

	private LocalDateTime attemptedAt;

	private final Set<ItemStatus> states = EnumSet.noneOf(ItemStatus.class);

	private boolean duplicatedState;

	private boolean senderEligible = true;

	private boolean unknownOffice;

	private int badTimes;

	private boolean badValue;

	/**
	 * @param lateAfter an event accepted at or after this time is a finding (after the run's
	 * day)
	 */
	ItemFold(String barcode, LocalDateTime acceptedAt, LocalDateTime lateAfter) {
		this.barcode = barcode;
		this.acceptedAt = acceptedAt;
		this.lateAfter = lateAfter;
	}

	/** Adds one event of the item. */
	void add(ItemEventRow event) {
		this.postOfficeCode = least(this.postOfficeCode, event.postOfficeCode());
		this.senderCode = least(this.senderCode, event.senderCode());
		this.receiverCode = least(this.receiverCode, event.receiverCode());
		this.urgency = least(this.urgency, event.urgency());
		this.secrecy = least(this.secrecy, event.secrecy());
		this.itemType = least(this.itemType, event.itemType());
		this.weightG = Math.min(this.weightG, event.weightG());
		this.feeVnd = Math.min(this.feeVnd, event.feeVnd());
		if (event.dueAt() != null && (this.agreedDueAt == null || event.dueAt().isAfter(this.agreedDueAt))) {
			this.agreedDueAt = event.dueAt();
		}
		ItemStatus state = ItemStatus.valueOf(event.status());
		boolean attempt = state == ItemStatus.DA_PHAT || state == ItemStatus.CHUYEN_HOAN;
		if (attempt && event.deliveredAt() != null
				&& (this.attemptedAt == null || event.deliveredAt().isBefore(this.attemptedAt))) {
			this.attemptedAt = event.deliveredAt();
		}
		this.duplicatedState |= !this.states.add(state);
		this.senderEligible &= event.senderEligible();
		this.unknownOffice |= event.unknownOffice();
		boolean late = !this.acceptedAt.isBefore(this.lateAfter);
		boolean backwards = event.deliveredAt() != null && event.deliveredAt().isBefore(this.acceptedAt);
		this.badTimes += (late || backwards) ? 1 : 0;
		this.badValue |= event.weightG() > MAX_WEIGHT_G || event.feeVnd() == 0;
	}

	/** The item, its findings counted. */
	MonthItem item(EventFindings findings) {
		findings.add(this.duplicatedState, this.unknownOffice, !this.senderEligible, this.badTimes, this.badValue);
		return new MonthItem(this.barcode, this.acceptedAt, this.postOfficeCode, this.senderCode, this.receiverCode,
				this.urgency, this.secrecy, this.itemType, this.weightG, this.feeVnd, this.agreedDueAt,
				this.attemptedAt, latest().name(), this.senderEligible);
	}

	/**
	 * The most advanced state: the last in the order {@link ItemStatus} declares them
	 * (accepted, on its way, delivered, returned, lost), as an {@link EnumSet} iterates.
	 */
	private ItemStatus latest() {
		ItemStatus latest = ItemStatus.CHAP_NHAN;
		for (ItemStatus state : this.states) {
			latest = state;
		}
		return latest;
	}

	private static String least(String a, String b) {
		return (a == null || b.compareTo(a) < 0) ? b : a;
	}

}
