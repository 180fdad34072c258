package vn.kt1.batch.reconcile.judge;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the reconciliation makes of one item.
 *
 * @param expectedVnd the tariff's fee, {@code null} when the tariff cannot price it
 */
public record ItemVerdict(MonthItem item, String zone, Long expectedVnd, LocalDateTime dueAt, Outcome outcome,
		List<ItemException> exceptions) {

}
