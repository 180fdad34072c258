package vn.kt1.batch.admin;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
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

		Restart(JobRepository jobRepository, ExecutionOperations operations, AdminAudit audit) {
			super(jobRepository, operations, audit);
		}

		@Override
		String act(JobExecution execution) {
			this.restarted = this.operations.restartExecution(execution);
			return ExecutionOperations.describeRestart(execution, this.restarted);
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

		Stop(JobRepository jobRepository, ExecutionOperations operations, AdminAudit audit) {
			super(jobRepository, operations, audit);
		}

		@Override
		String act(JobExecution execution) {
			return this.operations.stop(execution);
		}

	}

	@Component
	@Command(name = "abandon", mixinStandardHelpOptions = true,
			description = "Mark a stopped or failed execution as abandoned: it will not be restarted.")
	static class Abandon extends ExecutionAction implements CliCommand {

		Abandon(JobRepository jobRepository, ExecutionOperations operations, AdminAudit audit) {
			super(jobRepository, operations, audit);
		}

		@Override
		String act(JobExecution execution) {
			return this.operations.abandon(execution);
		}

	}

	@Component
	@Command(name = "recover", mixinStandardHelpOptions = true,
			description = { "Mark an execution left STARTED by a dead process as failed, so it can be restarted.",
					"Refused while the process that runs it is alive (same host: its pid; another host: its "
							+ "heartbeat), unless --force." })
	static class Recover extends ExecutionAction implements CliCommand {

		@Option(names = "--force",
				description = "Recover even though its process looks alive (audited as forced); only when you know "
						+ "it is not running the job any more")
		boolean force;

		Recover(JobRepository jobRepository, ExecutionOperations operations, AdminAudit audit) {
			super(jobRepository, operations, audit);
		}

		@Override
		String act(JobExecution execution) {
			return this.operations.recover(execution, this.force);
		}

		@Override
		String reason() {
			return this.force ? "--force" : null;
		}

	}

}
