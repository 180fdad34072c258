package vn.kt1.batch.admin;

import picocli.CommandLine.Command;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import vn.kt1.batch.shared.cli.CliCommand;

/** {@code kt1 restart|stop|abandon|recover ID}: the Spring Batch 6 operator on one execution. */
final class ExecutionActionCommands {

	private ExecutionActionCommands() {
	}

	@Component
	@Command(name = "restart", mixinStandardHelpOptions = true,
			description = "Restart a failed or stopped execution where it stopped; runs in this process.")
	static class Restart extends ExecutionAction implements CliCommand {

		Restart(JobRepository jobRepository, ExecutionOperations operations, AdminAudit audit) {
			super(jobRepository, operations, audit);
		}

		@Override
		String act(JobExecution execution) {
			return this.operations.restart(execution);
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
			description = "Mark an execution left STARTED by a dead process as failed, so it can be restarted.")
	static class Recover extends ExecutionAction implements CliCommand {

		Recover(JobRepository jobRepository, ExecutionOperations operations, AdminAudit audit) {
			super(jobRepository, operations, audit);
		}

		@Override
		String act(JobExecution execution) {
			return this.operations.recover(execution);
		}

	}

}
