package vn.kt1.batch.ingest;

import java.time.Clock;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code ingestJob}: loads the inbox's throughput, usage and spending files exactly once.
 * Identifying parameter: {@code businessDate} (the day the files belong to).
 */
@Configuration(proxyBeanMethods = false)
class IngestJobConfiguration {

	static final String BUSINESS_DATE = "businessDate";

	@Bean
	Job ingestJob(JobRepository jobRepository, Step ingestRegisterStep, Step ingestLoadStep, Step ingestArchiveStep) {
		return new JobBuilder("ingestJob", jobRepository)
			.validator(new DefaultJobParametersValidator(new String[] { BUSINESS_DATE }, new String[0]))
			.start(ingestRegisterStep)
			.next(ingestLoadStep)
			.next(ingestArchiveStep)
			.build();
	}

	// step 1: give every entry of the inbox a state; register complete files by content hash
	@Bean
	Step ingestRegisterStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			FileRegistry registry, InboxWaiting waiting, IngestProperties properties, Clock clock) {
		return new StepBuilder("ingestRegisterStep", jobRepository)
			.tasklet(new RegisterFilesTasklet(registry, waiting, properties, clock), transactionManager)
			.build();
	}

	// step 2: load each waiting file in event-time order, all or nothing, one transaction per group of files
	@Bean
	Step ingestLoadStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			FileIngester ingester, JdbcTemplate jdbc) {
		return new StepBuilder("ingestLoadStep", jobRepository)
			.tasklet(new LoadFilesTasklet(ingester, System.out, jdbc, transactionManager), transactionManager)
			.build();
	}

	// step 3: move decided files to processed/ or failed/
	@Bean
	Step ingestArchiveStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			FileRegistry registry, IngestProperties properties) {
		return new StepBuilder("ingestArchiveStep", jobRepository)
			.tasklet(new ArchiveFilesTasklet(registry, properties), transactionManager)
			.build();
	}

}
