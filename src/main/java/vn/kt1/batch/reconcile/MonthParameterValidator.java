package vn.kt1.batch.reconcile;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/** Requires the identifying parameter {@code month} as {@code yyyy-MM}. */
final class MonthParameterValidator implements JobParametersValidator {

	@Override
	public void validate(JobParameters parameters) throws InvalidJobParametersException {
		JobParameter<?> month = parameters.getParameter(ReconcileJobConfiguration.MONTH);
		if (month == null || !month.identifying()) {
			throw new InvalidJobParametersException("reconcileJob needs the identifying parameter month=YYYY-MM");
		}
		try {
			YearMonth.parse(month.value().toString());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidJobParametersException("month must be YYYY-MM, not '" + month.value() + "'");
		}
	}

}
