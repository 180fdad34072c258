package vn.kt1.batch.admin;

import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
import vn.kt1.batch.shared.cli.JobFailures;
import vn.kt1.batch.shared.cli.OverridableFailure;

/** {@code kt1 restart|stop|abandon|recover ID}: the Spring Batch 6 operator on one execution. */
final class ExecutionActionCommands {

	private ExecutionActionCommands() {
	}

	@Component
	@Command(name = "restart", mixinStandardHelpOptions = true,
			description = "Restart a failed or stopped execution where it stopped; runs in this process.")
	static class Restart extends ExecutionAction implements CliCommand {

		private JobExecution restarted;

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
				this.restarted = this.jobOperator.restart(execution);
				return "restarted execution " + execution.getId() + " as " + this.restarted.getId() + ": "
						+ this.restarted.getStatus();
			}
			catch (JobRestartException ex) {
				throw new CliException("cannot restart execution " + execution.getId() + ": " + ex.getMessage());
			}
		}

		@Override
		void ended() {
			if (this.restarted.getStatus() != BatchStatus.COMPLETED) {
				throw new CliException("execution " + this.restarted.getId() + " ended " + this.restarted.getStatus()
						+ ": " + JobFailures.describe(this.restarted, OverridableFailure.ANY_COMMAND));
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
			description = { "Mark an execution left STARTED by a dead process as failed, so it can be restarted.",
					"Refused while the process that runs it is alive (same host: its pid; another host: its "
							+ "heartbeat), unless --force." })
	static class Recover extends ExecutionAction implements CliCommand {

		private final ExecutionOwners owners;

		@Option(names = "--force",
				description = "Recover even though its process looks alive (audited as forced); only when you know "
						+ "it is not running the job any more")
		boolean force;

		Recover(JobRepository jobRepository, JobOperator jobOperator, AdminAudit audit, ExecutionOwners owners) {
			super(jobRepository, jobOperator, audit);
			this.owners = owners;
		}

		@Override
		String act(JobExecution execution) {
			if (!execution.getStatus().isRunning()) {
				throw new CliException("execution " + execution.getId() + " is " + execution.getStatus()
						+ ", not left running; nothing to recover");
			}
			Optional<ExecutionOwner> owner = this.owners.ownerOf(execution.getId())
				.filter(this.owners::isAlive);
			if (owner.isPresent() && !this.force) {
				throw new CliException("execution " + execution.getId() + " is run by a live process, "
						+ owner.get().process() + " (heartbeat " + owner.get().heartbeatAgeMs() / 1000
						+ " s ago): stop it with kt1 stop " + execution.getId() + "; if you know that process no "
						+ "longer runs it, kt1 recover " + execution.getId() + " --force");
			}
			String status = "execution " + execution.getId() + " is now "
					+ this.jobOperator.recover(execution).getStatus();
			this.owners.release(execution.getId());
			return owner.map((alive) -> status + " (forced while its owner " + alive.process() + " was alive)")
				.orElse(status);
		}

		@Override
		String reason() {
			return this.force ? "--force" : null;
		}

	}

}
