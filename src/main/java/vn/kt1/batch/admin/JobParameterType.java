package vn.kt1.batch.admin;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * How a job parameter is written by people and stored by the job repository: a date
 * ({@code LocalDate}), a month ({@code yyyy-MM} text), a year ({@code Long}) or text.
 */
public enum JobParameterType {

	DATE("YYYY-MM-DD", "a date"), MONTH("YYYY-MM", "a month"), YEAR("YYYY", "a year"), TEXT("TEXT", "text");

	private static final Pattern VIETNAMESE_DATE = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern MONTH_TEXT = Pattern.compile("\\d{4}-\\d{2}");

	private static final Pattern YEAR_TEXT = Pattern.compile("\\d{4}");

	private final String placeholder;

	private final String expected;

	JobParameterType(String placeholder, String expected) {
		this.placeholder = placeholder;
		this.expected = expected;
	}

	/** @return how a value is written, e.g. {@code YYYY-MM} */
	public String placeholder() {
		return this.placeholder;
	}

	/**
	 * @return the value as the job repository stores it
	 * @throws IllegalArgumentException naming what was expected
	 */
	public Object parse(String name, String text) {
		String value = text.trim();
		try {
			switch (this) {
				case DATE:
					// as people write it in the console (dd/MM/yyyy), or as the command line does
					return VIETNAMESE_DATE.matcher(value).matches() ? LocalDate.parse(value, DAY_MONTH_YEAR)
							: LocalDate.parse(value);
				case MONTH:
					if (MONTH_TEXT.matcher(value).matches()) {
						return YearMonth.parse(value).toString();
					}
					break;
				case YEAR:
					if (YEAR_TEXT.matcher(value).matches()) {
						return (long) Year.parse(value).getValue();
					}
					break;
				default:
					if (!value.isEmpty()) {
						return value;
					}
			}
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		throw new IllegalArgumentException(
				"parameter " + name + ": '" + text + "' is not " + this.expected + " (" + this.placeholder + ")");
	}

	/** Add a value of this type (as {@link #parse} returns it) to a builder. */
	public void add(JobParametersBuilder builder, String name, Object value, boolean identifying) {
		switch (this) {
			case DATE:
				builder.addLocalDate(name, (LocalDate) value, identifying);
				break;
			case YEAR:
				builder.addLong(name, ((Number) value).longValue(), identifying);
				break;
			default:
				builder.addString(name, value.toString(), identifying);
		}
	}

}
