package vn.kt1.batch.admin;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import vn.kt1.batch.shared.cli.CliCommand;

/**
 * {@code kt1 execution ID}: one execution's steps with their counts, the failure and the
 * first lines of its cause, and where a restart would resume.
 */
@Component
@Command(name = "execution", mixinStandardHelpOptions = true,
		description = "Show one execution: steps, counts, failure, where a restart resumes.")
public class ExecutionCommand implements CliCommand, Callable<Integer> {

	private final JobRepository jobRepository;

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "ID", description = "The job execution id")
	private long id;

	ExecutionCommand(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	@Override
	public Integer call() {
		JobExecution execution = ExecutionLookup.get(this.jobRepository, this.id);
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf("%s execution %d (instance %d): %s, exit %s%n", execution.getJobInstance().getJobName(),
				execution.getId(), execution.getJobInstance().getInstanceId(), execution.getStatus(),
				execution.getExitStatus().getExitCode());
		out.printf("  parameters: %s%n", execution.getJobParameters());
		out.printf("  %-22s %-10s %9s %9s %9s %9s %8s%n", "STEP", "STATUS", "READ", "WRITTEN", "FILTERED", "SKIPPED",
				"COMMITS");
		String resume = null;
		for (StepExecution step : execution.getStepExecutions()) {
			out.printf("  %-22s %-10s %9d %9d %9d %9d %8d%n", step.getStepName(), step.getStatus(), step.getReadCount(),
					step.getWriteCount(), step.getFilterCount(), step.getSkipCount(), step.getCommitCount());
			if (resume == null && step.getStatus() != BatchStatus.COMPLETED) {
				resume = step.getStepName();
			}
		}
		String failure = execution.getExitStatus().getExitDescription();
		if (failure != null && !failure.isBlank()) {
			out.println("  failure:");
			failure.lines().limit(6).forEach((line) -> out.println("    " + line));
		}
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			out.println("  completed: a restart has nothing to do");
		}
		else if (resume != null) {
			out.printf("  a restart resumes at %s (steps completed before it are skipped)%n", resume);
		}
		return 0;
	}

}
