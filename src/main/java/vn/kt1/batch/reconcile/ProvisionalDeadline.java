package vn.kt1.batch.reconcile;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.springframework.stereotype.Component;

@Component
class ProvisionalDeadline implements DeliveryDeadline {

	@Override
	public LocalDateTime dueAt(LocalDateTime acceptedAt, String zone, String urgency, LocalDateTime agreedAt) {
		if ("HG".equals(urgency)) {
			return agreedAt;
		}
		double n = "NOI_TINH".equals(zone) ? ("HT".equals(urgency) ? 1 : 1.5) : ("HT".equals(urgency) ? 2.5 : 3.5);
		int days = (int) Math.ceil(n);
		LocalDate day = acceptedAt.toLocalDate();
		for (int i = 0; i < days; day = day.plusDays(1)) {
			LocalDate next = day.plusDays(1);
			if (next.getDayOfWeek() != DayOfWeek.SATURDAY && next.getDayOfWeek() != DayOfWeek.SUNDAY) {
				i++;
			}
		}
		return day.atTime((n != days) ? LocalTime.NOON : LocalTime.MAX.withNano(0));
	}

}
