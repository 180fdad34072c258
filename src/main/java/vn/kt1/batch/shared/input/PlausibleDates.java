package vn.kt1.batch.shared.input;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import vn.kt1.batch.shared.tabular.FieldException;
import vn.kt1.batch.shared.tabular.FieldParsers;

/**
 * Field parsers for dates that must be plausible (docs/inputs.md section 1): nothing happened
 * before 2000-01-01 or after the day of the run plus one day. A deadline (an agreed delivery
 * time) may lie ahead, but not more than a year after the run.
 *
 * @param runDay the day of the run
 */
public record PlausibleDates(LocalDate runDay) {

	/** The earliest day an input may name. */
	public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	/** @return the date and time of an event (acceptance, delivery) */
	public LocalDateTime eventTime(String text) {
		LocalDateTime value = FieldParsers.dateTime(text);
		check(value.toLocalDate(), this.runDay.plusDays(1), "the day of the run (" + this.runDay + ") plus one day");
		return value;
	}

	/** @return the date of an event (a voucher's date) */
	public LocalDate eventDate(String text) {
		return eventTime(text).toLocalDate();
	}

	/** @return a deadline, which may lie ahead of the run by up to a year */
	public LocalDateTime deadline(String text) {
		LocalDateTime value = FieldParsers.dateTime(text);
		check(value.toLocalDate(), this.runDay.plusYears(1), "a year after the day of the run (" + this.runDay + ")");
		return value;
	}

	/** @return a month reported or paid for: from 2000-01 to the month of the run's next day */
	public YearMonth period(String text, boolean dateCell) {
		YearMonth value = FieldParsers.period(text, dateCell);
		YearMonth latest = YearMonth.from(this.runDay.plusDays(1));
		if (value.isBefore(YearMonth.from(EARLIEST)) || value.isAfter(latest)) {
			throw new FieldException("implausible period " + value + ": expected from " + YearMonth.from(EARLIEST)
					+ " to " + latest + " (the month of the run)");
		}
		return value;
	}

	private static void check(LocalDate day, LocalDate latest, String what) {
		if (day.isBefore(EARLIEST)) {
			throw new FieldException("implausible date " + day + ": before " + EARLIEST);
		}
		if (day.isAfter(latest)) {
			throw new FieldException("implausible date " + day + ": after " + what);
		}
	}

}
