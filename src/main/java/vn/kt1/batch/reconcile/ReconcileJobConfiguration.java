package vn.kt1.batch.reconcile;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code reconcileJob}: one month's reconciliation of post office, agency reports, payments
 * and tariff, then the month's data checks. Identifying parameter: {@code month}
 * ({@code yyyy-MM}); optional {@code asOf} (the day to judge from, default today). The run
 * becomes the month's current one only when every step has completed.
 */
@Configuration(proxyBeanMethods = false)
class ReconcileJobConfiguration {

	static final String MONTH = "month";

	@Bean
	Job reconcileJob(JobRepository jobRepository, Step reconcileOpenStep, Step reconcileMonthStep,
			Step reconcileChecksStep, Step reconcileCloseStep) {
		return new JobBuilder("reconcileJob", jobRepository).validator(new MonthParameterValidator())
			.start(reconcileOpenStep)
			.next(reconcileMonthStep)
			.next(reconcileChecksStep)
			.next(reconcileCloseStep)
			.build();
	}

	// step 1: open the run (a restart keeps the run it opened)
	@Bean
	Step reconcileOpenStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReconcileTasklets tasklets) {
		return new StepBuilder("reconcileOpenStep", jobRepository).tasklet(tasklets.open(), transactionManager)
			.build();
	}

	// step 2: the month's items, agency rows, exceptions and delivery quality, in one transaction
	@Bean
	Step reconcileMonthStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReconcileTasklets tasklets) {
		return new StepBuilder("reconcileMonthStep", jobRepository).tasklet(tasklets.month(), transactionManager)
			.build();
	}

	// step 3: data checks of the month
	@Bean
	Step reconcileChecksStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReconcileTasklets tasklets) {
		return new StepBuilder("reconcileChecksStep", jobRepository).tasklet(tasklets.checks(), transactionManager)
			.build();
	}

	// step 4: the run becomes the month's current one
	@Bean
	Step reconcileCloseStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReconcileTasklets tasklets) {
		return new StepBuilder("reconcileCloseStep", jobRepository).tasklet(tasklets.close(), transactionManager)
			.build();
	}

}
