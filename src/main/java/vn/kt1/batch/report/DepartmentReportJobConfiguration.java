package vn.kt1.batch.report;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code departmentReportJob}: the Department of Science and Technology's report on KT1 to the
 * People's Committee and the Ministry, for any whole months. Identifying parameters
 * {@code from} and {@code to}; see {@link DepartmentReportParameters}.
 */
@Configuration(proxyBeanMethods = false)
class DepartmentReportJobConfiguration {

	@Bean
	Job departmentReportJob(JobRepository jobRepository, Step departmentReportGateStep,
			Step departmentReportWriteStep) {
		return new JobBuilder(DepartmentReportParameters.JOB, jobRepository)
			.validator(new DepartmentReportParameters())
			.start(departmentReportGateStep)
			.next(departmentReportWriteStep)
			.build();
	}

	// step 1: refuse unreconciled months and ERROR checks unless overridden; fix the runs used
	@Bean
	Step departmentReportGateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportTasklets tasklets) {
		return new StepBuilder("departmentReportGateStep", jobRepository)
			.tasklet(tasklets.gate(DepartmentReportParameters::period), transactionManager)
			.build();
	}

	// step 2: the Word report with its annex, from the runs fixed in step 1
	@Bean
	Step departmentReportWriteStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportTasklets tasklets) {
		return new StepBuilder("departmentReportWriteStep", jobRepository)
			.tasklet(tasklets.writeDepartment(), transactionManager)
			.build();
	}

}
