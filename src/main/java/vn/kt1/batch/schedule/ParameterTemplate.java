package vn.kt1.batch.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import vn.kt1.batch.admin.JobParameterType;

/**
 * A job parameter of a schedule, resolved from the day a run belongs to: {@code today} and
 * {@code yesterday} give a date ({@code LocalDate}), {@code this month} and
 * {@code last month} a month ({@code yyyy-MM} text), {@code this year}, {@code last year}
 * and {@code next year} a year ({@code Long}).
 */
enum ParameterTemplate {

	TODAY("today"), YESTERDAY("yesterday"), THIS_MONTH("this month"), LAST_MONTH("last month"),
	THIS_YEAR("this year"), LAST_YEAR("last year"), NEXT_YEAR("next year");

	private final String text;

	ParameterTemplate(String text) {
		this.text = text;
	}

	/** @return the template written as {@code text} (case and extra spaces do not matter) */
	static Optional<ParameterTemplate> of(String text) {
		String normal = text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((template) -> template.text.equals(normal)).findFirst();
	}

	/** @return every template's text, for error messages */
	static String texts() {
		return Arrays.stream(values()).map(ParameterTemplate::text).collect(Collectors.joining(", "));
	}

	String text() {
		return this.text;
	}

	/** @return whether it gives a date (not a month or a year) */
	boolean isDay() {
		return this == TODAY || this == YESTERDAY;
	}

	/** @return whether it gives a value of this type */
	boolean fits(JobParameterType type) {
		switch (type) {
			case DATE:
				return isDay();
			case MONTH:
				return this == THIS_MONTH || this == LAST_MONTH;
			case YEAR:
				return this == THIS_YEAR || this == LAST_YEAR || this == NEXT_YEAR;
			default:
				return false;
		}
	}

	void addTo(JobParametersBuilder builder, String name, LocalDate day) {
		switch (this) {
			case TODAY:
				builder.addLocalDate(name, day);
				break;
			case YESTERDAY:
				builder.addLocalDate(name, day.minusDays(1));
				break;
			case THIS_MONTH:
				builder.addString(name, YearMonth.from(day).toString());
				break;
			case LAST_MONTH:
				builder.addString(name, YearMonth.from(day).minusMonths(1).toString());
				break;
			case THIS_YEAR:
				builder.addLong(name, (long) day.getYear());
				break;
			case LAST_YEAR:
				builder.addLong(name, (long) day.getYear() - 1);
				break;
			default:
				builder.addLong(name, (long) day.getYear() + 1);
		}
	}

}
