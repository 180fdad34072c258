package vn.kt1.batch.admin;

import java.util.Optional;

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

	private final ExecutionOwners owners;

	ExecutionOperations(JobRepository jobRepository, JobOperator jobOperator, ExecutionStopper stopper,
			ExecutionOwners owners) {
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.stopper = stopper;
		this.owners = owners;
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
		return describeRestart(execution, restartExecution(execution));
	}

	/** @return the new execution of a failed or stopped one, restarted where it stopped, in this thread */
	JobExecution restartExecution(JobExecution execution) {
		JobExecution last = this.jobRepository.getLastJobExecution(execution.getJobInstance());
		if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
			throw new CliException("execution " + execution.getId() + " belongs to a run that completed (execution "
					+ last.getId() + "); there is nothing to restart");
		}
		try {
			return this.jobOperator.restart(execution);
		}
		catch (JobRestartException ex) {
			throw new CliException("cannot restart execution " + execution.getId() + ": " + ex.getMessage());
		}
	}

	static String describeRestart(JobExecution execution, JobExecution restarted) {
		return "restarted execution " + execution.getId() + " as " + restarted.getId() + ": " + restarted.getStatus();
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

	/**
	 * Mark an execution left running by a dead process as failed, so it can be restarted;
	 * refused while the process that runs it is alive.
	 */
	public String recover(JobExecution execution) {
		return recover(execution, false);
	}

	/**
	 * @param force go on although the owner looks alive (the caller audits that it was forced)
	 * @see #recover(JobExecution)
	 */
	String recover(JobExecution execution, boolean force) {
		if (!execution.getStatus().isRunning()) {
			throw new CliException("execution " + execution.getId() + " is " + execution.getStatus()
					+ ", not left running; nothing to recover");
		}
		Optional<ExecutionOwner> owner = this.owners.ownerOf(execution.getId()).filter(this.owners::isAlive);
		if (owner.isPresent() && !force) {
			throw new CliException("execution " + execution.getId() + " is run by a live process, "
					+ owner.get().process() + " (heartbeat " + owner.get().heartbeatAgeMs() / 1000
					+ " s ago): stop it with kt1 stop " + execution.getId() + "; if you know that process no "
					+ "longer runs it, kt1 recover " + execution.getId() + " --force");
		}
		String status = "execution " + execution.getId() + " is now " + this.jobOperator.recover(execution).getStatus();
		this.owners.release(execution.getId());
		return owner.map((alive) -> status + " (forced while its owner " + alive.process() + " was alive)")
			.orElse(status);
	}

}
