package vn.kt1.batch.admin;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Asks a running execution, in this process or another, to stop at its next chunk or
 * tasklet boundary, so it ends {@code STOPPED} and can be restarted: it marks the job
 * execution {@code STOPPING} in the job repository, and the running step, which reads that
 * status at each commit, ends there.
 * <p>
 * This is what {@code JobOperator.stop} did before Spring Batch 6. Spring Batch 6.0's
 * {@code JobOperator.stop} also writes the running step's row (as {@code STOPPED}, with a
 * new version) from the calling thread; the thread running the step then fails on its next
 * commit with an {@code OptimisticLockingFailureException} (MariaDB's repeatable-read
 * snapshot hides the new version from it), and the execution ends {@code FAILED}, or
 * {@code UNKNOWN} and not restartable (spring-batch issues 5308, 5484). Only the job
 * execution row changes here.
 */
@Component
public class ExecutionStopper {

	private final JobRepository jobRepository;

	ExecutionStopper(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	/**
	 * @param execution the execution to stop
	 * @throws JobExecutionNotRunningException when it is not running
	 */
	public void stop(JobExecution execution) throws JobExecutionNotRunningException {
		JobExecution current = this.jobRepository.getJobExecution(execution.getId());
		if (current.getStatus() != BatchStatus.STARTED && current.getStatus() != BatchStatus.STARTING) {
			throw new JobExecutionNotRunningException("execution " + execution.getId() + " is " + current.getStatus());
		}
		current.setStatus(BatchStatus.STOPPING);
		this.jobRepository.update(current);
	}

}
