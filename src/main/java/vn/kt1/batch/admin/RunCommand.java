package vn.kt1.batch.admin;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;

/** {@code kt1 run JOB key=value ...}: runs a job now, in this process, and reports it. */
@Component
@Command(name = "run", mixinStandardHelpOptions = true,
		description = { "Run a job now:", "  ingest [businessDate=YYYY-MM-DD, default yesterday]",
				"  reconcile month=YYYY-MM [asOf=YYYY-MM-DD, default today]",
				"  yearEndReport year=YYYY [cutoff=YYYY-MM-DD, default 30 November] [outDir=DIR] [overrideChecks=REASON]" })
class RunCommand implements CliCommand, Callable<Integer> {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final JobOperator jobOperator;

	private final Map<String, Job> jobs;

	private final List<JobRunReport> reports;

	private final List<JobParameterDefaults> completions;

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "JOB", description = "The job: ingest, reconcile, yearEndReport")
	private String jobName;

	@Parameters(index = "1..*", paramLabel = "key=value", description = "Job parameters")
	private List<String> parameters = new ArrayList<>();

	RunCommand(JobOperator jobOperator, Map<String, Job> jobs, List<JobRunReport> reports,
			List<JobParameterDefaults> completions) {
		this.jobOperator = jobOperator;
		this.jobs = jobs;
		this.reports = reports;
		this.completions = completions;
	}

	@Override
	public Integer call() throws Exception {
		Job job = this.jobs.get(this.jobName.endsWith("Job") ? this.jobName : this.jobName + "Job");
		if (job == null) {
			throw new CliException("unknown job '" + this.jobName + "'; jobs: "
					+ String.join(", ", this.jobs.keySet().stream().map((n) -> n.replace("Job", "")).sorted().toList()),
					2);
		}
		JobParameters parameters = JobParametersParser.parse(this.parameters, defaults(job.getName()));
		for (JobParameterDefaults completion : this.completions) {
			parameters = completion.jobName().equals(job.getName()) ? completion.complete(parameters) : parameters;
		}
		JobExecution execution;
		try {
			execution = this.jobOperator.start(job, parameters);
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			throw new CliException(job.getName() + " already completed for " + identifying(parameters)
					+ "; nothing was run");
		}
		report(execution);
		return (execution.getStatus() == BatchStatus.COMPLETED) ? 0 : 1;
	}

	private static JobParameters defaults(String jobName) {
		JobParametersBuilder builder = new JobParametersBuilder();
		if ("ingestJob".equals(jobName)) {
			builder.addLocalDate("businessDate", LocalDate.now(VIETNAM).minusDays(1));
		}
		return builder.toJobParameters();
	}

	private void report(JobExecution execution) {
		PrintWriter out = this.spec.commandLine().getOut();
		Duration took = Duration.between(execution.getStartTime(), execution.getEndTime());
		out.printf("%s #%d (%s): %s in %.1f s%n", execution.getJobInstance().getJobName(), execution.getId(),
				identifying(execution.getJobParameters()), execution.getStatus(), took.toMillis() / 1000.0);
		this.reports.stream()
			.filter((report) -> report.jobName().equals(execution.getJobInstance().getJobName()))
			.forEach((report) -> report.print(execution, out));
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			execution.getAllFailureExceptions()
				.forEach((failure) -> this.spec.commandLine().getErr().println("  failure: " + failure.getMessage()));
		}
	}

	private static String identifying(JobParameters parameters) {
		return String.join(", ", parameters.getIdentifyingParameters()
			.stream()
			.map((p) -> p.name() + "=" + p.value())
			.sorted()
			.toList());
	}

}
