package vn.kt1.batch.reconcile.judge;

import java.time.LocalDateTime;

/** When an item is due: the delivery norm of its zone and service, or the agreed time. */
@FunctionalInterface
public interface DeliveryDeadline {

	/**
	 * @param acceptedAt the acceptance time
	 * @param zone {@code NOI_TINH} or {@code LIEN_TINH}
	 * @param urgency {@code KT1}, {@code HT} or {@code HG}
	 * @param agreedAt the time agreed with the sender (Hẹn giờ), or {@code null}
	 * @return the latest on-time delivery
	 */
	LocalDateTime dueAt(LocalDateTime acceptedAt, String zone, String urgency, LocalDateTime agreedAt);

}
