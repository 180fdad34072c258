package vn.kt1.batch.reconcile.quality;

import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.shared.calendar.WorkingCalendar;

import static org.assertj.core.api.Assertions.assertThat;

@Kt1IntegrationTest
class DeliveryNormsIntegrationTests {

	@Autowired
	private WorkingCalendar calendar;

	@Autowired
	private DeliveryNorms norms;

	@Test
	void theBeansLoadTheShippedFiles() {
		assertThat(this.calendar.coveredYears()).containsExactly(2023, 2024, 2025, 2026, 2027);
		assertThat(this.calendar.source()).contains("calendar/vn-working-calendar.csv");
		assertThat(this.norms.norms()).hasSize(4);
		assertThat(this.norms.halfDayCutoff()).isEqualTo(LocalTime.NOON);
		assertThat(this.norms.dayEnd()).isEqualTo(LocalTime.of(23, 59, 59));
		assertThat(this.norms.dueAt(LocalDateTime.of(2026, 2, 13, 9, 0), "NOI_TINH", "KT1", null))
			.isEqualTo(LocalDateTime.of(2026, 2, 24, 12, 0));
	}

}
