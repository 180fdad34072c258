package vn.kt1.batch.reconcile.judge;

import java.time.LocalDateTime;

/**
 * An item that needs attention, with its reason.
 *
 * @param expectedVnd the tariff's fee, when it matters
 * @param actualVnd the post office's fee, when it matters
 */
public record ItemException(ExceptionKind kind, MonthItem item, Long expectedVnd, Long actualVnd,
		LocalDateTime dueAt, String reason) {

}
