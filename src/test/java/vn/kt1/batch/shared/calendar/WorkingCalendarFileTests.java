package vn.kt1.batch.shared.calendar;

import java.io.StringReader;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import vn.kt1.batch.shared.datafile.DataFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WorkingCalendarFileTests {

	private static final String HEADER = "# a test calendar\ndate,kind,name\n";

	@Test
	void readsTheKindsAndNames() {
		WorkingCalendar calendar = read(HEADER + "2026-01-01,HOLIDAY,Tết Dương lịch\n"
				+ "2026-01-02,DAY_OFF,Nghỉ hoán đổi\n\n# comment\n2026-01-10,WORKING_DAY,Làm bù, thứ Bảy\n");
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 1))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
		assertThat(calendar.day(LocalDate.of(2026, 1, 10))).contains(
				new CalendarDay(LocalDate.of(2026, 1, 10), DayKind.WORKING_DAY, "Làm bù, thứ Bảy"));
		assertThat(calendar.coveredYears()).containsExactly(2026);
	}

	@Test
	void aBadDateNamesFileLineAndField() {
		assertThatExceptionOfType(DataFileException.class)
			.isThrownBy(() -> read(HEADER + "2026-01-01,HOLIDAY,Tết Dương lịch\n2026-02-30,HOLIDAY,x\n"))
			.withMessage("test.csv, line 4, field date: '2026-02-30' is not a date yyyy-MM-dd")
			.satisfies((ex) -> {
				assertThat(ex.source()).isEqualTo("test.csv");
				assertThat(ex.line()).isEqualTo(4);
				assertThat(ex.field()).isEqualTo("date");
			});
	}

	@Test
	void anUnknownKind() {
		assertThatExceptionOfType(DataFileException.class)
			.isThrownBy(() -> read(HEADER + "2026-01-01,LỄ,Tết Dương lịch\n"))
			.withMessage("test.csv, line 3, field kind: 'LỄ' is not one of HOLIDAY, DAY_OFF, WORKING_DAY");
	}

	@Test
	void aWorkingDayMustBeAWeekendDay() {
		assertThatExceptionOfType(DataFileException.class)
			.isThrownBy(() -> read(HEADER + "2026-01-09,WORKING_DAY,Làm bù\n"))
			.withMessageStartingWith("test.csv, line 3, field kind: WORKING_DAY is for a Saturday or Sunday")
			.withMessageEndingWith("2026-01-09 is a FRIDAY");
	}

	@Test
	void aDateListedTwice() {
		assertThatExceptionOfType(DataFileException.class)
			.isThrownBy(() -> read(HEADER + "2026-01-01,HOLIDAY,a\n2026-01-02,DAY_OFF,b\n2026-01-01,DAY_OFF,c\n"))
			.withMessage("test.csv, line 5, field date: 2026-01-01 is already listed on line 3");
	}

	@Test
	void anEmptyNameOrAMissingField() {
		assertThatExceptionOfType(DataFileException.class)
			.isThrownBy(() -> read(HEADER + "2026-01-01,HOLIDAY, \n"))
			.withMessage("test.csv, line 3, field name: is empty");
		assertThatExceptionOfType(DataFileException.class)
			.isThrownBy(() -> read(HEADER + "2026-01-01,HOLIDAY\n"))
			.withMessageStartingWith("test.csv, line 3, field name: missing");
	}

	@Test
	void aHeaderWithoutAColumn() {
		assertThatExceptionOfType(DataFileException.class).isThrownBy(() -> read("date,name\n2026-01-01,x\n"))
			.withMessage("test.csv, line 1, field kind: missing from the header (expected date,kind,name)");
	}

	@Test
	void aFileWithoutDays() {
		assertThatExceptionOfType(DataFileException.class).isThrownBy(() -> read(HEADER))
			.withMessage("test.csv: lists no days");
	}

	@Test
	void aMissingFileIsNamed() {
		assertThatExceptionOfType(DataFileException.class)
			.isThrownBy(() -> WorkingCalendarFile.read(new FileSystemResource("target/no-such-calendar.csv")))
			.withMessageContaining("no-such-calendar.csv")
			.withMessageContaining("not found");
	}

	@Test
	void theShippedFileReads() {
		WorkingCalendar calendar = WorkingCalendarFile.read(new ClassPathResource(CalendarProperties.DEFAULT_FILE));
		assertThat(calendar.day(LocalDate.of(2027, 2, 6))).get()
			.extracting(CalendarDay::name)
			.asString()
			.contains("dự kiến");
	}

	private static WorkingCalendar read(String text) {
		return WorkingCalendarFile.read("test.csv", new StringReader(text));
	}

}
