package vn.kt1.batch.report;

import java.time.YearMonth;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.JobParameterDefaults;

/** {@code kt1 run departmentReport to=2026-06}: {@code from} defaults to January of that year. */
@Component
class DepartmentReportDefaults implements JobParameterDefaults {

	@Override
	public String jobName() {
		return DepartmentReportParameters.JOB;
	}

	@Override
	public JobParameters complete(JobParameters given) {
		String to = given.getString(DepartmentReportParameters.TO);
		if (to == null || given.getParameter(DepartmentReportParameters.FROM) != null) {
			return given;
		}
		try {
			return new JobParametersBuilder(given)
				.addString(DepartmentReportParameters.FROM,
						DepartmentReportParameters.defaultFrom(YearMonth.parse(to)).toString())
				.toJobParameters();
		}
		catch (RuntimeException ex) {
			return given;
		}
	}

}
