package vn.kt1.batch.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import vn.kt1.batch.shared.cli.CliException;

/**
 * Turns {@code key=value} arguments into job parameters: a date ({@code 2026-11-22}) becomes
 * a {@code LocalDate}, a whole number a {@code Long}, anything else a {@code String}. All
 * identify the job instance, except the settings of a run ({@code asOf},
 * {@code overrideChecks}, {@code outDir}).
 */
final class JobParametersParser {

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern NUMBER = Pattern.compile("-?\\d{1,18}");

	private static final Set<String> NOT_IDENTIFYING = Set.of("asOf", "overrideChecks", "outDir");

	/** The parameters the jobs read as dates: anything else there is a usage error, not a failed run. */
	private static final Set<String> DATES = Set.of("asOf", "businessDate", "cutoff");

	private JobParametersParser() {
	}

	static JobParameters parse(List<String> arguments, JobParameters defaults) {
		JobParametersBuilder builder = new JobParametersBuilder(defaults);
		for (String argument : arguments) {
			int equals = argument.indexOf('=');
			if (equals <= 0) {
				throw new CliException("parameters are key=value, not '" + argument + "'", 2);
			}
			String key = argument.substring(0, equals);
			String value = argument.substring(equals + 1);
			boolean identifying = !NOT_IDENTIFYING.contains(key);
			if (DATES.contains(key) && !DATE.matcher(value).matches()) {
				throw new CliException("parameter " + key + ": '" + value + "' is not a date YYYY-MM-DD", 2);
			}
			if (DATE.matcher(value).matches()) {
				builder.addLocalDate(key, date(key, value), identifying);
			}
			else if (NUMBER.matcher(value).matches()) {
				builder.addLong(key, Long.parseLong(value), identifying);
			}
			else {
				builder.addString(key, value, identifying);
			}
		}
		return builder.toJobParameters();
	}

	private static LocalDate date(String key, String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new CliException("parameter " + key + ": invalid date '" + value + "'", 2);
		}
	}

}
