package vn.kt1.batch.admin;

import picocli.CommandLine.Command;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;

/** {@code kt1 restart|stop|abandon|recover ID}: the Spring Batch 6 operator on one execution. */
final class ExecutionActionCommands {

	private ExecutionActionCommands() {
	}

	@Component
	@Command(name = "restart", mixinStandardHelpOptions = true,
			description = "Restart a failed or stopped execution where it stopped; runs in this process.")
	static class Restart extends ExecutionAction implements CliCommand {

		Restart(JobRepository jobRepository, JobOperator jobOperator, AdminAudit audit) {
			super(jobRepository, jobOperator, audit);
		}

		@Override
		String act(JobExecution execution) {
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

	}

	@Component
	@Command(name = "stop", mixinStandardHelpOptions = true,
			description = "Ask a running execution to stop at its next chunk boundary.")
	static class Stop extends ExecutionAction implements CliCommand {

		private final ExecutionStopper stopper;

		Stop(JobRepository jobRepository, JobOperator jobOperator, AdminAudit audit, ExecutionStopper stopper) {
			super(jobRepository, jobOperator, audit);
			this.stopper = stopper;
		}

		@Override
		String act(JobExecution execution) {
			try {
				this.stopper.stop(execution);
				return "stop requested for execution " + execution.getId();
			}
			catch (JobExecutionNotRunningException ex) {
				throw new CliException("execution " + execution.getId() + " is not running (" + execution.getStatus()
						+ ")");
			}
		}

	}

	@Component
	@Command(name = "abandon", mixinStandardHelpOptions = true,
			description = "Mark a stopped or failed execution as abandoned: it will not be restarted.")
	static class Abandon extends ExecutionAction implements CliCommand {

		Abandon(JobRepository jobRepository, JobOperator jobOperator, AdminAudit audit) {
			super(jobRepository, jobOperator, audit);
		}

		@Override
		String act(JobExecution execution) {
			try {
				return "execution " + execution.getId() + " is now " + this.jobOperator.abandon(execution).getStatus();
			}
			catch (JobExecutionAlreadyRunningException ex) {
				throw new CliException("execution " + execution.getId() + " is running; stop it first");
			}
		}

	}

	@Component
	@Command(name = "recover", mixinStandardHelpOptions = true,
			description = "Mark an execution left STARTED by a dead process as failed, so it can be restarted.")
	static class Recover extends ExecutionAction implements CliCommand {

		Recover(JobRepository jobRepository, JobOperator jobOperator, AdminAudit audit) {
			super(jobRepository, jobOperator, audit);
		}

		@Override
		String act(JobExecution execution) {
			if (!execution.getStatus().isRunning()) {
				throw new CliException("execution " + execution.getId() + " is " + execution.getStatus()
						+ ", not left running; nothing to recover");
			}
			return "execution " + execution.getId() + " is now " + this.jobOperator.recover(execution).getStatus();
		}

	}

}
