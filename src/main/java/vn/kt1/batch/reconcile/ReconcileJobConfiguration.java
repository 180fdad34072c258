package vn.kt1.batch.reconcile;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code reconcileJob}: one month's reconciliation of post office, agency reports,
 * payments and tariff. Identifying parameter: {@code month} ({@code yyyy-MM}).
 */
@Configuration(proxyBeanMethods = false)
class ReconcileJobConfiguration {

	static final String MONTH = "month";

	@Bean
	Job reconcileJob(JobRepository jobRepository, Step reconcileAgencyStep) {
		return new JobBuilder("reconcileJob", jobRepository).validator(new MonthParameterValidator())
			.start(reconcileAgencyStep)
			.build();
	}

	// step 1: one row per agency and month
	@Bean
	Step reconcileAgencyStep(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
		return new StepBuilder("reconcileAgencyStep", jobRepository)
			.tasklet((contribution, context) -> RepeatStatus.FINISHED, transactionManager)
			.build();
	}

}
