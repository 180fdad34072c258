package vn.kt1.batch.admin;

import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;

import vn.kt1.batch.shared.cli.CliException;

/**
 * An administrative action on one job execution, by id: finds it, runs the action,
 * prints and audits the outcome; a refusal is one line and exit code 1.
 */
abstract class ExecutionAction implements Callable<Integer> {

	final JobRepository jobRepository;

	final ExecutionOperations operations;

	private final AdminAudit audit;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "ID", description = "The job execution id (see kt1 executions)")
	long id;

	ExecutionAction(JobRepository jobRepository, ExecutionOperations operations, AdminAudit audit) {
		this.jobRepository = jobRepository;
		this.operations = operations;
		this.audit = audit;
	}

	@Override
	public Integer call() {
		String action = this.spec.name();
		JobExecution execution = ExecutionLookup.find(this.jobRepository, this.id);
		if (execution == null) {
			this.audit.record(action, "execution " + this.id, null, "refused: no such execution");
			throw new CliException("no job execution with id " + this.id);
		}
		String target = execution.getJobInstance().getJobName() + " execution " + this.id;
		this.spec.commandLine().getOut().println(this.audit.audited(action, target, reason(), () -> act(execution)));
		ended();
		return 0;
	}

	/** @return what happened, in one line */
	abstract String act(JobExecution execution);

	/** @return the reason recorded with the action, {@code null} when none */
	String reason() {
		return null;
	}

	/**
	 * Called once the action is done, printed and audited.
	 * @throws CliException when what the action started did not end well
	 */
	void ended() {
	}

}
