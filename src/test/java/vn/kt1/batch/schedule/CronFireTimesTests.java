package vn.kt1.batch.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CronFireTimesTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final Schedule NIGHTLY = new Schedule("nightly", "jobs/nightly/schedule.yml", null, "nightly",
			"0 30 1 * * ?", VIETNAM, Misfire.FIRE_ONCE_NOW, Map.of("businessDate", ParameterTemplate.YESTERDAY));

	@Test
	void aRunOnTimeBelongsToItsOwnFireTime() {
		assertThat(CronFireTimes.latestAtOrBefore("0 30 1 * * ?", VIETNAM, at(2026, 11, 23, 1, 30)))
			.isEqualTo(at(2026, 11, 23, 1, 30));
		assertThat(NIGHTLY.day(at(2026, 11, 23, 1, 30))).hasToString("2026-11-23");
	}

	@Test
	void aMisfireFiredLateTheSameMorningBelongsToThatNightsRun() {
		assertThat(CronFireTimes.latestAtOrBefore("0 30 1 * * ?", VIETNAM, at(2026, 11, 23, 8, 12)))
			.isEqualTo(at(2026, 11, 23, 1, 30));
	}

	@Test
	void aMisfireFiredAfterMidnightBelongsToThePreviousNightNotTheWallClock() {
		Instant firedAt = at(2026, 11, 24, 0, 10);

		assertThat(NIGHTLY.day(firedAt)).hasToString("2026-11-23");
		assertThat(NIGHTLY.jobParameters(NIGHTLY.day(firedAt)).getParameter("businessDate").value())
			.hasToString("2026-11-22");
	}

	@Test
	void yearlyAndFrequentExpressionsAreFound() {
		assertThat(CronFireTimes.latestAtOrBefore("0 0 2 15 6 ?", VIETNAM, at(2027, 3, 1, 9, 0)))
			.isEqualTo(at(2026, 6, 15, 2, 0));
		assertThat(CronFireTimes.latestAtOrBefore("* * * * * ?", VIETNAM, Instant.parse("2026-11-23T10:00:05.700Z")))
			.isEqualTo(Instant.parse("2026-11-23T10:00:05Z"));
	}

	@Test
	void theTimeZoneOfTheScheduleDecidesTheDay() {
		// 01:30 in Vietnam is 18:30 UTC of the day before
		Instant fired = Instant.parse("2026-11-22T18:30:00Z");

		assertThat(CronFireTimes.latestAtOrBefore("0 30 1 * * ?", VIETNAM, fired)).isEqualTo(fired);
		assertThat(NIGHTLY.day(fired)).hasToString("2026-11-23");
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(VIETNAM).toInstant();
	}

}
