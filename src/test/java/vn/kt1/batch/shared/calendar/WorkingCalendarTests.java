package vn.kt1.batch.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WorkingCalendarTests {

	private final WorkingCalendar calendar = ShippedCalendar.get();

	@Test
	void coversTheShippedYears() {
		assertThat(this.calendar.coveredYears()).containsExactly(2023, 2024, 2025, 2026, 2027);
		assertThat(this.calendar.coveredText()).isEqualTo("2023–2027");
		assertThat(this.calendar.covers(LocalDate.of(2027, 12, 31))).isTrue();
		assertThat(this.calendar.covers(LocalDate.of(2028, 1, 1))).isFalse();
		assertThat(this.calendar.source()).contains(CalendarProperties.DEFAULT_FILE);
	}

	@Test
	void knowsTetBinhNgo2026() {
		for (int day = 16; day <= 20; day++) {
			LocalDate tet = LocalDate.of(2026, 2, day);
			assertThat(this.calendar.isWorkingDay(tet)).as(tet.toString()).isFalse();
			assertThat(this.calendar.day(tet)).get().extracting(CalendarDay::kind).isEqualTo(DayKind.HOLIDAY);
		}
		assertThat(this.calendar.day(LocalDate.of(2026, 2, 17))).get()
			.extracting(CalendarDay::name)
			.isEqualTo("Tết Âm lịch Bính Ngọ (mùng 1 Tết)");
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 2, 13))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
	}

	@Test
	void knowsQuocKhanhWithItsSwappedDays() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 9, 1))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 9, 2))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 9, 3))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 9, 1))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 9, 2))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
		assertThat(this.calendar.day(LocalDate.of(2026, 8, 22))).get()
			.extracting(CalendarDay::kind)
			.isEqualTo(DayKind.WORKING_DAY);
	}

	@Test
	void everyCoveredYearHasTheElevenHolidaysOfTheLabourCode() {
		for (int year : this.calendar.coveredYears()) {
			long holidays = LocalDate.of(year, 1, 1)
				.datesUntil(LocalDate.of(year + 1, 1, 1))
				.filter((day) -> this.calendar.day(day).map((d) -> d.kind() == DayKind.HOLIDAY).orElse(false))
				.count();
			assertThat(holidays).as("holidays of %d", year).isEqualTo(11);
			for (LocalDate fixed : new LocalDate[] { LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 30),
					LocalDate.of(year, 5, 1), LocalDate.of(year, 9, 2) }) {
				assertThat(this.calendar.day(fixed)).as(fixed.toString())
					.get()
					.extracting(CalendarDay::kind)
					.isEqualTo(DayKind.HOLIDAY);
			}
		}
	}

	@Test
	void workingDaysPerYear() {
		assertThat(workingDaysIn(2023)).isEqualTo(249);
		assertThat(workingDaysIn(2024)).isEqualTo(251);
		assertThat(workingDaysIn(2025)).isEqualTo(250);
		assertThat(workingDaysIn(2026)).isEqualTo(250);
		assertThat(workingDaysIn(2027)).isEqualTo(250);
	}

	private int workingDaysIn(int year) {
		return this.calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
	}

	@Test
	void plusWorkingDaysSkipsTheWeekend() {
		LocalDate friday = LocalDate.of(2026, 3, 6);
		assertThat(this.calendar.plusWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(this.calendar.plusWorkingDays(friday, 3)).isEqualTo(LocalDate.of(2026, 3, 11));
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2026, 3, 2), 1)).isEqualTo(LocalDate.of(2026, 3, 3));
	}

	@Test
	void plusWorkingDaysAcrossTet() {
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2026, 2, 12), 2)).isEqualTo(LocalDate.of(2026, 2, 23));
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2025, 1, 24), 1)).isEqualTo(LocalDate.of(2025, 2, 3));
	}

	@Test
	void theDayOfAcceptanceMayBeADayOff() {
		LocalDate tetDay = LocalDate.of(2026, 2, 17);
		assertThat(this.calendar.plusWorkingDays(tetDay, 1)).isEqualTo(LocalDate.of(2026, 2, 23));
		LocalDate saturday = LocalDate.of(2026, 3, 7);
		assertThat(this.calendar.plusWorkingDays(saturday, 1)).isEqualTo(LocalDate.of(2026, 3, 9));
	}

	@Test
	void anExceptionalWorkingSaturdayCounts() {
		LocalDate saturday = LocalDate.of(2026, 1, 10);
		assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2026, 1, 9), 1)).isEqualTo(saturday);
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2025, 4, 25), 1)).isEqualTo(LocalDate.of(2025, 4, 26));
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 1, 17))).isFalse();
	}

	@Test
	void theSwappedDayAroundNewYear2026() {
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 5));
	}

	@Test
	void holidaysPushDueDatesOut() {
		LocalDate weekBefore = LocalDate.of(2026, 2, 5);
		LocalDate beforeTet = LocalDate.of(2026, 2, 12);
		LocalDate dueWeekBefore = this.calendar.plusWorkingDays(weekBefore, 2);
		LocalDate dueBeforeTet = this.calendar.plusWorkingDays(beforeTet, 2);
		assertThat(dueWeekBefore).isEqualTo(LocalDate.of(2026, 2, 9));
		assertThat(dueBeforeTet).isEqualTo(LocalDate.of(2026, 2, 23));
		assertThat(ChronoUnit.DAYS.between(beforeTet, dueBeforeTet))
			.isGreaterThan(ChronoUnit.DAYS.between(weekBefore, dueWeekBefore))
			.isEqualTo(11);
	}

	@Test
	void workingDaysBetweenIsTheInverseOfPlusWorkingDays() {
		LocalDate.of(2023, 1, 1).datesUntil(LocalDate.of(2027, 12, 20)).forEach((j) -> IntStream.rangeClosed(1, 4)
			.forEach((n) -> assertThat(this.calendar.workingDaysBetween(j, this.calendar.plusWorkingDays(j, n)))
				.as("%s + %d", j, n)
				.isEqualTo(n)));
		assertThat(this.calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 22))).isZero();
	}

	@Test
	void aYearOutsideTheCalendarIsAnErrorNamingTheYearAndTheFile() {
		assertThatExceptionOfType(YearNotCoveredException.class)
			.isThrownBy(() -> this.calendar.isWorkingDay(LocalDate.of(2028, 1, 3)))
			.satisfies((ex) -> assertThat(ex.year()).isEqualTo(2028))
			.withMessageContaining("no year 2028")
			.withMessageContaining("calendar/vn-working-calendar.csv")
			.withMessageContaining("covers 2023–2027")
			.withMessageContaining("kt1.calendar.file");
		assertThatExceptionOfType(YearNotCoveredException.class)
			.isThrownBy(() -> this.calendar.plusWorkingDays(LocalDate.of(2027, 12, 31), 1))
			.withMessageContaining("no year 2028");
		assertThatExceptionOfType(YearNotCoveredException.class)
			.isThrownBy(() -> this.calendar.isWorkingDay(LocalDate.of(2022, 12, 30)))
			.withMessageContaining("no year 2022");
	}

	@Test
	void argumentsOutOfRange() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.calendar.plusWorkingDays(LocalDate.of(2026, 3, 2), 0));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.calendar.workingDaysBetween(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)));
	}

	@Test
	void gapsInTheCoveredYearsAreNamed() {
		WorkingCalendar gappy = new WorkingCalendar("test",
				List.of(new CalendarDay(LocalDate.of(2023, 1, 1), DayKind.HOLIDAY, "a"),
						new CalendarDay(LocalDate.of(2024, 1, 1), DayKind.HOLIDAY, "b"),
						new CalendarDay(LocalDate.of(2026, 1, 1), DayKind.HOLIDAY, "c")));
		assertThat(gappy.coveredText()).isEqualTo("2023–2024, 2026");
		assertThatExceptionOfType(YearNotCoveredException.class)
			.isThrownBy(() -> gappy.isWorkingDay(LocalDate.of(2025, 6, 2)))
			.withMessageContaining("no year 2025");
		assertThat(gappy.isWorkingDay(LocalDate.of(2026, 6, 2))).isTrue();
	}

}
