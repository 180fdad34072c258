package vn.kt1.batch.estimate;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/** Requires the identifying parameter {@code year}, a whole number from 2000 to 2100. */
final class YearParameterValidator implements JobParametersValidator {

	@Override
	public void validate(JobParameters parameters) throws InvalidJobParametersException {
		JobParameter<?> year = parameters.getParameter(EstimateJobConfiguration.YEAR);
		if (year == null || !year.identifying() || !(year.value() instanceof Long)) {
			throw new InvalidJobParametersException("estimateJob needs the identifying parameter year=YYYY (a Long)");
		}
		long value = (Long) year.value();
		if (value < 2000 || value > 2100) {
			throw new InvalidJobParametersException("year must be from 2000 to 2100, not " + value);
		}
	}

}
