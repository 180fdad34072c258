package vn.kt1.batch.shared.input;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import vn.kt1.batch.shared.tabular.FieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PlausibleDatesTests {

	private final PlausibleDates dates = new PlausibleDates(LocalDate.of(2026, 12, 7));

	@Test
	void eventsFrom2000ToTheDayAfterTheRun() {
		assertThat(this.dates.eventTime("01/01/2000 00:00")).isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 0));
		assertThat(this.dates.eventTime("2026-12-08 23:59")).isEqualTo(LocalDateTime.of(2026, 12, 8, 23, 59));
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> this.dates.eventTime("1900-01-01"))
			.withMessage("implausible date 1900-01-01: before 2000-01-01");
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> this.dates.eventTime("09/12/2026 08:00"))
			.withMessage("implausible date 2026-12-09: after the day of the run (2026-12-07) plus one day");
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> this.dates.eventDate("2100-01-01"))
			.withMessageStartingWith("implausible date 2100-01-01");
	}

	@Test
	void aDeadlineMayLieAheadByAYear() {
		assertThat(this.dates.deadline("2027-12-07 17:00")).isEqualTo(LocalDateTime.of(2027, 12, 7, 17, 0));
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> this.dates.deadline("2027-12-08"))
			.withMessage("implausible date 2027-12-08: after a year after the day of the run (2026-12-07)");
	}

	@Test
	void periodsFrom2000ToTheMonthOfTheRun() {
		assertThat(this.dates.period("12/2026", false)).isEqualTo(YearMonth.of(2026, 12));
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> this.dates.period("2027-01", false))
			.withMessage("implausible period 2027-01: expected from 2000-01 to 2026-12 (the month of the run)");
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> this.dates.period("1999-12", false))
			.withMessageStartingWith("implausible period 1999-12");
	}

}
