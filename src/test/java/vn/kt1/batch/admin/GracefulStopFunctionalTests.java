package vn.kt1.batch.admin;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.ingest.IngestFaults;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.ingest.IngestTestSupport;
import vn.kt1.batch.reference.ReferenceImportService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What shutdown (SIGTERM) does to a running job: it is asked to stop, ends {@code STOPPED}
 * at a tasklet boundary, and a restart ends with the tables of a clean run.
 */
@Kt1IntegrationTest
class GracefulStopFunctionalTests {

	private static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 10, 25);

	@Autowired
	private GracefulStop gracefulStop;

	@Autowired
	private JobOperator jobOperator;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	@Qualifier("ingestJob")
	private Job ingestJob;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private IngestProperties properties;

	@Autowired
	private IngestFaults faults;

	@BeforeEach
	void noHistory() throws Exception {
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
	}

	@AfterEach
	void noFaults() {
		this.faults.clear();
	}

	@Test
	void aRunningJobStopsAtATaskletBoundaryAndItsRestartGivesTheTablesOfACleanRun() throws Exception {
		IngestTestSupport.deliver("basic", this.properties);
		assertThat(ingest().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		String cleanTables = IngestTestSupport.tables(this.jdbc);
		noHistory();
		IngestTestSupport.deliver("basic", this.properties);
		CountDownLatch loading = new CountDownLatch(1);
		CountDownLatch stopAsked = new CountDownLatch(1);
		this.faults.set((file, rows) -> {
			loading.countDown();
			await(stopAsked);
		});

		CompletableFuture<JobExecution> running = CompletableFuture.supplyAsync(this::ingest);
		assertThat(loading.await(20, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<java.util.Set<Long>> stopping = CompletableFuture.supplyAsync(this.gracefulStop::stopAll);
		awaitStatus("STOPPING");
		stopAsked.countDown();
		JobExecution stopped = running.get(30, TimeUnit.SECONDS);

		assertThat(stopping.get(30, TimeUnit.SECONDS)).as("nothing left running").isEmpty();
		assertThat(stopped.getStatus()).isEqualTo(BatchStatus.STOPPED);
		assertThat(this.jdbc.queryForList("SELECT CONCAT(STEP_NAME, ' ', STATUS) FROM BATCH_STEP_EXECUTION "
				+ "ORDER BY STEP_EXECUTION_ID", String.class))
			.containsExactly("ingestRegisterStep COMPLETED", "ingestLoadStep STOPPED");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM input_file WHERE status = 'PENDING'", Integer.class))
			.as("files left for the restart")
			.isPositive();

		this.faults.clear();
		JobExecution restarted = this.jobOperator.restart(stopped);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(stopped.getJobInstance().getInstanceId());
		assertThat(IngestTestSupport.tables(this.jdbc)).isEqualTo(cleanTables);
	}

	private JobExecution ingest() {
		try {
			return this.jobOperator.start(this.ingestJob,
					new JobParametersBuilder().addLocalDate("businessDate", BUSINESS_DATE).toJobParameters());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void awaitStatus(String status) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline && !status.equals(this.jdbc.queryForObject(
				"SELECT MAX(STATUS) FROM BATCH_JOB_EXECUTION", String.class))) {
			Thread.sleep(20);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(20, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
