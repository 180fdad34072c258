package vn.kt1.batch.reconcile.quality;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The on-time judgement of delivery quality. Only delivered items ({@code DA_PHAT}) are
 * judged: their delivery time ({@code ngay_phat}, the first delivery attempt that
 * succeeded) is compared with the deadline. A returned item ({@code CHUYEN_HOAN}) is not
 * delivered: it counts as returned, neither on time nor late, and stays out of the on-time
 * share (on time / delivered); so do lost items and items still on their way.
 */
public final class OnTime {

	/** The status of a delivered item, the only one judged. */
	public static final String DELIVERED = "DA_PHAT";

	private OnTime() {
	}

	/** @return whether an item with this status ({@code trang_thai}) is judged */
	public static boolean judged(String status) {
		return DELIVERED.equals(status);
	}

	/**
	 * @param due the deadline, from {@link DeliveryNorms#dueAt}
	 * @param deliveredAt when it was delivered
	 * @return whether it was delivered by the deadline (at the deadline counts as on time)
	 */
	public static boolean isOnTime(LocalDateTime due, LocalDateTime deliveredAt) {
		Objects.requireNonNull(due, "due");
		Objects.requireNonNull(deliveredAt, "deliveredAt");
		return !deliveredAt.isAfter(due);
	}

}
