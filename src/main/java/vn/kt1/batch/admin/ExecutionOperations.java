package vn.kt1.batch.admin;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import vn.kt1.batch.shared.cli.CliException;

/**
 * The Spring Batch 6 operator on one execution, as {@code kt1 restart|stop|abandon|recover}
 * and the console use it. Each returns what happened in one line, or refuses with a
 * {@link CliException} saying why.
 */
@Component
public class ExecutionOperations {

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	private final ExecutionStopper stopper;

	ExecutionOperations(JobRepository jobRepository, JobOperator jobOperator, ExecutionStopper stopper) {
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.stopper = stopper;
	}

	/** @return the execution, or a refusal naming the id */
	public JobExecution get(long id) {
		return ExecutionLookup.get(this.jobRepository, id);
	}

	/** @throws CliException when the execution cannot be restarted now */
	public void checkRestartable(JobExecution execution) {
		JobExecution last = this.jobRepository.getLastJobExecution(execution.getJobInstance());
		if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
			throw new CliException("execution " + execution.getId() + " belongs to a run that completed (execution "
					+ last.getId() + "); there is nothing to restart");
		}
		if (last != null && last.getId() != execution.getId()) {
			throw new CliException("execution " + execution.getId() + " was restarted already as execution "
					+ last.getId() + " (" + last.getStatus() + ")");
		}
		if (execution.getStatus() != BatchStatus.FAILED && execution.getStatus() != BatchStatus.STOPPED) {
			throw new CliException("execution " + execution.getId() + " is " + execution.getStatus()
					+ "; only a FAILED or STOPPED execution is restarted");
		}
	}

	/** Restart a failed or stopped execution where it stopped, in this thread. */
	public String restart(JobExecution execution) {
		JobExecution last = this.jobRepository.getLastJobExecution(execution.getJobInstance());
		if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
			throw new CliException("execution " + execution.getId() + " belongs to a run that completed (execution "
					+ last.getId() + "); there is nothing to restart");
		}
		try {
			JobExecution restarted = this.jobOperator.restart(execution);
			return "restarted execution " + execution.getId() + " as " + restarted.getId() + ": "
					+ restarted.getStatus();
		}
		catch (JobRestartException ex) {
			throw new CliException("cannot restart execution " + execution.getId() + ": " + ex.getMessage());
		}
	}

	/** Ask a running execution to stop at its next chunk or tasklet boundary. */
	public String stop(JobExecution execution) {
		try {
			this.stopper.stop(execution);
			return "stop requested for execution " + execution.getId();
		}
		catch (JobExecutionNotRunningException ex) {
			throw new CliException("execution " + execution.getId() + " is not running (" + execution.getStatus() + ")");
		}
	}

	/** Mark a stopped or failed execution abandoned: it will not be restarted. */
	public String abandon(JobExecution execution) {
		try {
			return "execution " + execution.getId() + " is now " + this.jobOperator.abandon(execution).getStatus();
		}
		catch (JobExecutionAlreadyRunningException ex) {
			throw new CliException("execution " + execution.getId() + " is running; stop it first");
		}
	}

	/** Mark an execution left running by a dead process as failed, so it can be restarted. */
	public String recover(JobExecution execution) {
		if (!execution.getStatus().isRunning()) {
			throw new CliException("execution " + execution.getId() + " is " + execution.getStatus()
					+ ", not left running; nothing to recover");
		}
		return "execution " + execution.getId() + " is now " + this.jobOperator.recover(execution).getStatus();
	}

}
