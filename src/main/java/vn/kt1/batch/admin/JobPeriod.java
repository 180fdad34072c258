package vn.kt1.batch.admin;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The identifying parameter that names a job's period, and its unit: what
 * {@code kt1 backfill} iterates over.
 *
 * @param parameter the parameter name
 * @param unit day, month or year
 */
record JobPeriod(String parameter, PeriodUnit unit) {

	private static final Map<String, JobPeriod> KNOWN = Map.of(
			"ingestJob", new JobPeriod("businessDate", PeriodUnit.DAY),
			"reconcileJob", new JobPeriod("month", PeriodUnit.MONTH),
			"estimateJob", new JobPeriod("year", PeriodUnit.YEAR),
			"yearEndReportJob", new JobPeriod("year", PeriodUnit.YEAR));

	static Optional<JobPeriod> of(String jobName) {
		return Optional.ofNullable(KNOWN.get(jobName));
	}

	JobParameters parameters(LocalDate first) {
		JobParametersBuilder builder = new JobParametersBuilder();
		this.unit.addTo(builder, this.parameter, first);
		return builder.toJobParameters();
	}

}
