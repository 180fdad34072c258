package vn.kt1.batch.admin;

import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The identifying parameter that names a job's period, and its unit: what
 * {@code kt1 backfill} iterates over.
 *
 * @param parameter the parameter name
 * @param unit day, month or year
 */
public record JobPeriod(String parameter, PeriodUnit unit) {

	/** @return the identifying parameters of the period that starts on this day */
	public JobParameters parameters(LocalDate first) {
		JobParametersBuilder builder = new JobParametersBuilder();
		this.unit.addTo(builder, this.parameter, first);
		return builder.toJobParameters();
	}

}
