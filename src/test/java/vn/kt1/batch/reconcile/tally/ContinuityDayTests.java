package vn.kt1.batch.reconcile.tally;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import vn.kt1.batch.shared.calendar.ShippedCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/** Kinds of day by the shipped calendar of 2026, and the night of the Labour Code (22:00 to 06:00). */
class ContinuityDayTests {

	@Test
	void daysOfAugustAndSeptember2026() {
		assertThat(kind("2026-09-02")).as("Quốc khánh").isEqualTo(ContinuityDay.HOLIDAY);
		assertThat(kind("2026-08-31")).as("Monday swapped off").isEqualTo(ContinuityDay.HOLIDAY);
		assertThat(kind("2026-08-22")).as("Saturday worked in exchange").isEqualTo(ContinuityDay.WORKING_DAY);
		assertThat(kind("2026-09-05")).isEqualTo(ContinuityDay.SATURDAY);
		assertThat(kind("2026-09-06")).isEqualTo(ContinuityDay.SUNDAY);
		assertThat(kind("2026-09-07")).isEqualTo(ContinuityDay.WORKING_DAY);
	}

	@Test
	void nightRunsFromTenInTheEveningToSixInTheMorning() {
		MonthFigures figures = new MonthFigures(ShippedCalendar.get(), LocalTime.of(22, 0), LocalTime.of(6, 0));
		assertThat(figures.night(at("22:00"))).isTrue();
		assertThat(figures.night(at("23:59"))).isTrue();
		assertThat(figures.night(at("05:59"))).isTrue();
		assertThat(figures.night(at("06:00"))).isFalse();
		assertThat(figures.night(at("21:59"))).isFalse();
		MonthFigures evening = new MonthFigures(ShippedCalendar.get(), LocalTime.of(18, 0), LocalTime.of(23, 0));
		assertThat(evening.night(at("19:00"))).isTrue();
		assertThat(evening.night(at("23:30"))).isFalse();
	}

	private static ContinuityDay kind(String date) {
		return ContinuityDay.of(LocalDate.parse(date), ShippedCalendar.get());
	}

	private static LocalDateTime at(String time) {
		return LocalDate.of(2026, 9, 10).atTime(LocalTime.parse(time));
	}

}
