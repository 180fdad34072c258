package vn.kt1.batch.estimate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.kt1.batch.estimate.workbook.EstimateResults;
import vn.kt1.batch.estimate.workbook.EstimateWorkbook;
import vn.kt1.batch.shared.Vnd;
import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;
import vn.kt1.batch.shared.cli.JobFailures;

/**
 * {@code kt1 estimate YEAR --out FILE.xlsx}: the workbook of the year's current estimate;
 * when the year has no completed run, runs {@code estimateJob} first.
 */
@Component
@Command(name = "estimate", mixinStandardHelpOptions = true,
		description = { "Write the budget estimate (dự toán) of a year for the Department of Finance.",
				"Runs estimateJob first when the year has no completed run; otherwise writes the current run." })
class EstimateCommand implements CliCommand, Callable<Integer> {

	private final JobOperator jobOperator;

	private final Job estimateJob;

	private final EstimateResults results;

	private final EstimateWorkbook workbook;

	private final EstimateRunReport report;

	private final EstimateProperties properties;

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "YEAR", description = "The budget year")
	private int year;

	@Option(names = "--out", paramLabel = "FILE.xlsx",
			description = "The workbook to write (default: kt1.estimate.workbook-dir/du-toan-KT1-YEAR.xlsx)")
	private Path out;

	@Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
			description = "When the job runs: the day of the estimate (default today)")
	private LocalDate asOf;

	@Option(names = "--override-checks", paramLabel = "REASON",
			description = "When the job runs: go on despite ERROR data checks, for this reason (recorded)")
	private String overrideChecks;

	EstimateCommand(JobOperator jobOperator, @Qualifier("estimateJob") Job estimateJob, EstimateResults results,
			EstimateWorkbook workbook, EstimateRunReport report, EstimateProperties properties) {
		this.jobOperator = jobOperator;
		this.estimateJob = estimateJob;
		this.results = results;
		this.workbook = workbook;
		this.report = report;
		this.properties = properties;
	}

	@Override
	public Integer call() throws Exception {
		PrintWriter out = this.spec.commandLine().getOut();
		Optional<Long> current = this.results.currentRun(this.year);
		if (current.isEmpty()) {
			current = Optional.of(runJob(out));
		}
		else if (this.asOf != null || this.overrideChecks != null) {
			out.printf("The estimate of %d exists (run #%d): --as-of and --override-checks apply only when the job "
					+ "runs; to make it again, re-run estimateJob%n", this.year, current.get());
		}
		long runId = current.get();
		Path file = (this.out != null) ? this.out : this.properties.workbook(this.year);
		this.workbook.write(runId, file);
		EstimateRun run = this.results.run(runId);
		out.printf("Estimate %d, run #%d: %,d agencies, total %s -> %s%n", run.year(), run.id(), run.agencies(),
				Vnd.format(run.totalVnd()), file);
		out.flush();
		return 0;
	}

	private long runJob(PrintWriter out) throws Exception {
		JobParametersBuilder parameters = new JobParametersBuilder().addLong(EstimateJobConfiguration.YEAR,
				(long) this.year);
		if (this.asOf != null) {
			parameters.addLocalDate(EstimateTasklets.AS_OF, this.asOf, false);
		}
		if (this.overrideChecks != null) {
			parameters.addString(EstimateTasklets.OVERRIDE, this.overrideChecks, false);
		}
		JobExecution execution;
		try {
			execution = this.jobOperator.start(this.estimateJob, parameters.toJobParameters());
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			throw new CliException("estimateJob year=" + this.year + " completed but its run is not stored as "
					+ "current; re-run the year with kt1 run");
		}
		out.printf("estimateJob #%d (year=%d): %s%n", execution.getId(), this.year, execution.getStatus());
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new CliException("estimateJob #" + execution.getId() + " for " + this.year + " "
					+ execution.getStatus() + ": " + JobFailures.describe(execution, "--override-checks \"reason\""));
		}
		this.report.print(execution, out);
		return this.results.runOf(execution.getId()).orElseThrow();
	}

}
