package vn.kt1.batch.report;

import java.io.PrintWriter;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.JobRunReport;

/** After {@code kt1 run yearEndReport} and {@code kt1 report year-end}: the two files written. */
@Component
class YearEndReportRunReport implements JobRunReport {

	@Override
	public String jobName() {
		return YearEndReportParameters.JOB;
	}

	@Override
	public void print(JobExecution execution, PrintWriter out) {
		ExecutionContext context = execution.getExecutionContext();
		if (context.containsKey(ReportTasklets.DOCUMENT)) {
			out.println("  báo cáo (Word): " + context.getString(ReportTasklets.DOCUMENT));
			out.println("  phụ lục (Excel): " + context.getString(ReportTasklets.WORKBOOK));
		}
	}

}
