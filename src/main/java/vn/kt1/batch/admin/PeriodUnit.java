package vn.kt1.batch.admin;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import vn.kt1.batch.shared.cli.CliException;

/**
 * The period a job runs for: a day ({@code LocalDate}), a month ({@code yyyy-MM} text) or a
 * year ({@code Long}). A period is held as its first day.
 */
public enum PeriodUnit {

	DAY("a date (YYYY-MM-DD)"), MONTH("a month (YYYY-MM or YYYY-MM-DD)"), YEAR("a year (YYYY, YYYY-MM or YYYY-MM-DD)");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern MONTH_TEXT = Pattern.compile("\\d{4}-\\d{2}");

	private static final Pattern YEAR_TEXT = Pattern.compile("\\d{4}");

	private final String expected;

	PeriodUnit(String expected) {
		this.expected = expected;
	}

	/** @return the first day of the period that the text names, or a usage error */
	public LocalDate parse(String option, String text) {
		try {
			if (DATE.matcher(text).matches()) {
				return first(LocalDate.parse(text));
			}
			if (this != DAY && MONTH_TEXT.matcher(text).matches()) {
				return first(YearMonth.parse(text).atDay(1));
			}
			if (this == YEAR && YEAR_TEXT.matcher(text).matches()) {
				return Year.parse(text).atDay(1);
			}
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		throw new CliException(option + ": '" + text + "' is not " + this.expected, 2);
	}

	public LocalDate first(LocalDate day) {
		switch (this) {
			case MONTH:
				return day.withDayOfMonth(1);
			case YEAR:
				return day.withDayOfYear(1);
			default:
				return day;
		}
	}

	public LocalDate next(LocalDate first) {
		switch (this) {
			case MONTH:
				return first.plusMonths(1);
			case YEAR:
				return first.plusYears(1);
			default:
				return first.plusDays(1);
		}
	}

	public String label(LocalDate first) {
		switch (this) {
			case MONTH:
				return YearMonth.from(first).toString();
			case YEAR:
				return String.valueOf(first.getYear());
			default:
				return first.toString();
		}
	}

	void addTo(JobParametersBuilder builder, String name, LocalDate first) {
		switch (this) {
			case MONTH:
				builder.addString(name, label(first));
				break;
			case YEAR:
				builder.addLong(name, (long) first.getYear());
				break;
			default:
				builder.addLocalDate(name, first);
		}
	}

}
