package vn.kt1.batch.admin;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Fills in what {@code kt1 run} may leave out of a job's parameters when the default
 * depends on the others (the year-end report's cut-off is 30 November of its year).
 */
public interface JobParameterDefaults {

	/** @return the job these defaults are for */
	String jobName();

	/** @return the parameters given, with the missing defaults added */
	JobParameters complete(JobParameters given);

}
