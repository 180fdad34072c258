package vn.kt1.batch.admin;

import java.io.PrintWriter;

import org.springframework.batch.core.job.JobExecution;

/** Prints what a job did, after {@code kt1 run} (for example, one line per loaded file). */
public interface JobRunReport {

	/** @return the job this report is for */
	String jobName();

	void print(JobExecution execution, PrintWriter out);

}
