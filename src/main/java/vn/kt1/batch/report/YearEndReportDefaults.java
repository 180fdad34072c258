package vn.kt1.batch.report;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.JobParameterDefaults;

/** {@code kt1 run yearEndReport year=2026}: the cut-off defaults to 30 November of the year. */
@Component
class YearEndReportDefaults implements JobParameterDefaults {

	@Override
	public String jobName() {
		return YearEndReportParameters.JOB;
	}

	@Override
	public JobParameters complete(JobParameters given) {
		Long year = given.getLong(YearEndReportParameters.YEAR);
		if (year == null || given.getParameter(YearEndReportParameters.CUTOFF) != null) {
			return given;
		}
		return new JobParametersBuilder(given)
			.addLocalDate(YearEndReportParameters.CUTOFF, YearEndReportParameters.defaultCutoff(year.intValue()))
			.toJobParameters();
	}

}
