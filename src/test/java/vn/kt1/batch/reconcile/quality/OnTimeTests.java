package vn.kt1.batch.reconcile.quality;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OnTimeTests {

	private static final LocalDateTime DUE = LocalDateTime.of(2026, 3, 4, 12, 0);

	@Test
	void deliveredByTheDeadlineIsOnTime() {
		assertThat(OnTime.isOnTime(DUE, DUE.minusHours(3))).isTrue();
		assertThat(OnTime.isOnTime(DUE, DUE)).isTrue();
		assertThat(OnTime.isOnTime(DUE, DUE.plusSeconds(1))).isFalse();
		assertThat(OnTime.isOnTime(DUE, DUE.plusDays(2))).isFalse();
	}

	@Test
	void onlyDeliveredItemsAreJudged() {
		assertThat(OnTime.judged("DA_PHAT")).isTrue();
		assertThat(OnTime.judged("CHUYEN_HOAN")).as("a return is not a delivery").isFalse();
		assertThat(OnTime.judged("THAT_LAC")).isFalse();
		assertThat(OnTime.judged("DANG_PHAT")).isFalse();
		assertThat(OnTime.judged("CHAP_NHAN")).isFalse();
	}

}
