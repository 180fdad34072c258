package vn.kt1.batch.report;

import java.io.PrintWriter;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.JobRunReport;

/** After {@code kt1 run departmentReport} and {@code kt1 report department}: the file written. */
@Component
class DepartmentReportRunReport implements JobRunReport {

	@Override
	public String jobName() {
		return DepartmentReportParameters.JOB;
	}

	@Override
	public void print(JobExecution execution, PrintWriter out) {
		if (execution.getExecutionContext().containsKey(ReportTasklets.DOCUMENT)) {
			out.println("  báo cáo (Word): " + execution.getExecutionContext().getString(ReportTasklets.DOCUMENT));
		}
	}

}
