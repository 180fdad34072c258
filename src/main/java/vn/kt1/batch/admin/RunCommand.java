package vn.kt1.batch.admin;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.stereotype.Component;

import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;
import vn.kt1.batch.shared.cli.JobFailures;

/**
 * {@code kt1 run JOB key=value ... [--rerun --reason TEXT]}: runs a job now, in this
 * process, and reports it. A period whose latest attempt failed or stopped is restarted;
 * one that completed runs again only with {@code --rerun --reason}, as a new attempt.
 */
@Component
@Command(name = "run", mixinStandardHelpOptions = true)
class RunCommand implements CliCommand, Callable<Integer> {

	private final JobLaunches launches;

	private final JobAttempts attempts;

	private final PeriodRuns periodRuns;

	private final AdminAudit audit;

	private final List<JobRunReport> reports;

	private final JobDefinitions definitions;

	private final List<PeriodSignatures> signatures;

	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "JOB", description = "The job, as listed above")
	private String jobName;

	@Parameters(index = "1..*", paramLabel = "key=value", description = "Job parameters")
	private List<String> parameters = new ArrayList<>();

	@Option(names = "--rerun", description = "Run a period that already completed again, as a new attempt")
	private boolean rerun;

	@Option(names = "--reason", paramLabel = "TEXT", description = "Why it runs again (needed with --rerun; audited)")
	private String reason;

	RunCommand(JobLaunches launches, JobAttempts attempts, PeriodRuns periodRuns, AdminAudit audit,
			List<JobRunReport> reports, List<JobDefinition> definitions, List<PeriodSignatures> signatures) {
		this.launches = launches;
		this.attempts = attempts;
		this.periodRuns = periodRuns;
		this.audit = audit;
		this.reports = reports;
		this.definitions = new JobDefinitions(definitions);
		this.signatures = signatures;
	}

	/** The help text lists each job's parameters from its definition. */
	@Spec
	void spec(CommandSpec spec) {
		this.spec = spec;
		List<String> description = new ArrayList<>(List.of("Run a job now:"));
		this.definitions.all().forEach((definition) -> description.add("  " + definition.usage()));
		description.add("A failed period is restarted; a completed one runs again only with --rerun --reason.");
		spec.usageMessage().description(description.toArray(String[]::new));
	}

	@Override
	public Integer call() {
		Job job = this.launches.find(this.jobName)
			.orElseThrow(() -> new CliException("unknown job '" + this.jobName + "'; jobs: " + String.join(", ",
					this.launches.jobNames().stream().map((n) -> n.replace("Job", "")).toList()), 2));
		checkRerunOptions();
		JobParameters parameters = this.launches.complete(job, parse(job.getName()));
		Optional<Attempt> latest = this.attempts.latest(job.getName(), parameters);
		boolean completed = latest.isPresent() && latest.get().state() == PeriodState.COMPLETED;
		String action = (completed && this.rerun) ? "rerun" : "run";
		String target = job.getName() + " " + JobLaunches.describe(parameters);
		if (completed && !this.rerun) {
			long id = latest.get().executionId();
			this.audit.record(action, target, null, "refused: already completed (execution " + id + ")");
			throw new CliException(target + " already completed (execution " + id + "); to run it again: "
					+ String.join(" ", rerunCommand()) + " --rerun --reason \"why\"");
		}
		if (completed) {
			this.signatures.forEach((signature) -> signature.supersede(job.getName(), parameters, this.reason)
				.ifPresent(this.spec.commandLine().getOut()::println));
		}
		JobExecution execution;
		try {
			execution = this.periodRuns.run(job, parameters, latest.orElse(null));
		}
		catch (LaunchException ex) {
			this.audit.record(action, target, this.reason, "refused: " + ex.getMessage());
			throw new CliException(ex.getMessage());
		}
		this.audit.record(action, job.getName() + " " + JobLaunches.describe(execution.getJobParameters()),
				this.reason, "execution " + execution.getId() + ": " + execution.getStatus());
		report(execution);
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new CliException(JobFailures.describe(execution, "overrideChecks=\"reason\""));
		}
		return 0;
	}

	private List<String> rerunCommand() {
		List<String> command = new ArrayList<>(List.of("kt1", "run", this.jobName));
		command.addAll(this.parameters);
		return command;
	}

	private void checkRerunOptions() {
		if (this.rerun && (this.reason == null || this.reason.isBlank())) {
			throw new CliException("--rerun needs --reason \"why it runs again\"", 2);
		}
		if (!this.rerun && this.reason != null) {
			throw new CliException("--reason goes with --rerun", 2);
		}
	}

	/** @return the {@code key=value} arguments, typed by the job's definition */
	private JobParameters parse(String jobName) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String argument : this.parameters) {
			int equals = argument.indexOf('=');
			if (equals <= 0) {
				throw new CliException("parameters are key=value, not '" + argument + "'", 2);
			}
			values.put(argument.substring(0, equals), argument.substring(equals + 1));
		}
		if (values.containsKey(JobAttempts.ATTEMPT)) {
			throw new CliException("attempt is numbered by --rerun, not given by hand", 2);
		}
		JobDefinition definition = this.definitions.find(jobName)
			.orElseThrow(() -> new CliException(jobName + " has no parameters definition", 2));
		try {
			return JobDefinitions.parse(definition, values);
		}
		catch (IllegalArgumentException ex) {
			throw new CliException(ex.getMessage(), 2);
		}
	}

	private void report(JobExecution execution) {
		PrintWriter out = this.spec.commandLine().getOut();
		Duration took = Duration.between(execution.getStartTime(), execution.getEndTime());
		out.printf("%s #%d (%s): %s in %.1f s%n", execution.getJobInstance().getJobName(), execution.getId(),
				JobLaunches.describe(execution.getJobParameters()), execution.getStatus(), took.toMillis() / 1000.0);
		this.reports.stream()
			.filter((report) -> report.jobName().equals(execution.getJobInstance().getJobName()))
			.forEach((report) -> report.print(execution, out));
	}

}
