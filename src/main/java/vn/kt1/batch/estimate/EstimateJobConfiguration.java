package vn.kt1.batch.estimate;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code estimateJob}: the budget estimate of a year for every agency on the list, its
 * backtest on the year before, and the workbook for the Department of Finance. Identifying
 * parameter: {@code year}; optional {@code asOf} (the day of the estimate, default today) and
 * {@code overrideChecks} (a reason to go on despite ERROR data checks, recorded). The run
 * becomes the year's current one only when every step has completed.
 */
@Configuration(proxyBeanMethods = false)
class EstimateJobConfiguration {

	static final String YEAR = "year";

	@Bean
	Job estimateJob(JobRepository jobRepository, Step estimateOpenStep, Step estimateForecastStep,
			Step estimateBacktestStep, Step estimateWorkbookStep, Step estimateCloseStep) {
		return new JobBuilder("estimateJob", jobRepository).validator(new YearParameterValidator())
			.start(estimateOpenStep)
			.next(estimateForecastStep)
			.next(estimateBacktestStep)
			.next(estimateWorkbookStep)
			.next(estimateCloseStep)
			.build();
	}

	// step 1: check the year's tariff and the history's data checks, open the run
	@Bean
	Step estimateOpenStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			EstimateTasklets tasklets) {
		return new StepBuilder("estimateOpenStep", jobRepository).tasklet(tasklets.open(), transactionManager)
			.build();
	}

	// step 2: forecast and price every agency and service, in one transaction
	@Bean
	Step estimateForecastStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			EstimateTasklets tasklets) {
		return new StepBuilder("estimateForecastStep", jobRepository).tasklet(tasklets.forecast(), transactionManager)
			.build();
	}

	// step 3: the same method on the year before, against what the post office charged
	@Bean
	Step estimateBacktestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			EstimateTasklets tasklets) {
		return new StepBuilder("estimateBacktestStep", jobRepository).tasklet(tasklets.backtest(), transactionManager)
			.build();
	}

	// step 4: the workbook, written whole or not at all
	@Bean
	Step estimateWorkbookStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			EstimateTasklets tasklets) {
		return new StepBuilder("estimateWorkbookStep", jobRepository).tasklet(tasklets.workbook(), transactionManager)
			.build();
	}

	// step 5: the run becomes the year's current one
	@Bean
	Step estimateCloseStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			EstimateTasklets tasklets) {
		return new StepBuilder("estimateCloseStep", jobRepository).tasklet(tasklets.close(), transactionManager)
			.build();
	}

}
