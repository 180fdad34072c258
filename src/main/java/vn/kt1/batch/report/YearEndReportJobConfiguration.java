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
 * {@code yearEndReportJob}: the year-end report on supply and use of KT1 (due before 10
 * December): an Excel annex and a Word report. Identifying parameters {@code year} and
 * {@code cutoff}; see {@link YearEndReportParameters}. Not part of the nightly chain.
 */
@Configuration(proxyBeanMethods = false)
class YearEndReportJobConfiguration {

	@Bean
	Job yearEndReportJob(JobRepository jobRepository, Step yearEndReportGateStep, Step yearEndReportWriteStep) {
		return new JobBuilder(YearEndReportParameters.JOB, jobRepository)
			.validator(new YearEndReportParameters())
			.start(yearEndReportGateStep)
			.next(yearEndReportWriteStep)
			.build();
	}

	// step 1: refuse unreconciled months and ERROR checks unless overridden; fix the runs used
	@Bean
	Step yearEndReportGateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportTasklets tasklets) {
		return new StepBuilder("yearEndReportGateStep", jobRepository).tasklet(tasklets.gate(), transactionManager)
			.build();
	}

	// step 2: the workbook and the document, from the runs fixed in step 1
	@Bean
	Step yearEndReportWriteStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportTasklets tasklets) {
		return new StepBuilder("yearEndReportWriteStep", jobRepository).tasklet(tasklets.write(), transactionManager)
			.build();
	}

}
