package vn.kt1.batch.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import java.util.function.LongFunction;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
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

import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;
import vn.kt1.batch.shared.cli.JobFailures;

/**
 * {@code kt1 report year-end 2026 --out DIR}: runs {@code yearEndReportJob} now and prints the
 * two files. A year and cut-off already reported are reported again as a new attempt (the
 * files are replaced).
 */
@Component
@Command(name = "report",
		description = "Reports: the post office's year-end report (Word) and its annex (Excel); the Department of "
				+ "Science and Technology's report for any period (Word).",
		subcommands = { YearEndReportCommand.YearEnd.class, YearEndReportCommand.Department.class,
				TotalsCheckCommand.class },
		mixinStandardHelpOptions = true)
class YearEndReportCommand implements CliCommand, Callable<Integer> {

	private static final int ATTEMPTS = 1000;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		throw CliException.missingCommand(this.spec.commandLine());
	}

	@Command(name = "year-end", mixinStandardHelpOptions = true,
			description = "Write the year-end report on supply and use of KT1: bao-cao-kt1-YYYY.docx and "
					+ "phu-luc-kt1-YYYY.xlsx.")
	static class YearEnd implements Callable<Integer> {

		private final JobOperator jobOperator;

		private final Job job;

		private final YearEndReportRunReport report;

		@Spec
		private CommandSpec spec;

		@Parameters(index = "0", paramLabel = "YEAR", description = "The year reported")
		private int year;

		@Option(names = "--out", paramLabel = "DIR", description = "Where to write the files (default kt1.report.dir)")
		private Path out;

		@Option(names = "--cutoff", paramLabel = "DATE", description = "Data up to this day (default 30 November)")
		private LocalDate cutoff;

		@Option(names = "--override-checks", paramLabel = "REASON",
				description = "Go on despite ERROR data checks or unreconciled months; the reason is recorded")
		private String overrideChecks;

		YearEnd(JobOperator jobOperator, @Qualifier(YearEndReportParameters.JOB) Job job,
				YearEndReportRunReport report) {
			this.jobOperator = jobOperator;
			this.job = job;
			this.report = report;
		}

		@Override
		public Integer call() throws Exception {
			JobExecution execution = start();
			PrintWriter out = this.spec.commandLine().getOut();
			out.printf("%s #%d (year=%d, cutoff=%s): %s%n", YearEndReportParameters.JOB, execution.getId(), this.year,
					execution.getJobParameters().getLocalDate(YearEndReportParameters.CUTOFF), execution.getStatus());
			this.report.print(execution, out);
			return requireCompleted(execution);
		}

		private JobExecution start() throws Exception {
			return startAttempt(this.jobOperator, this.job, (attempt) -> options(new JobParametersBuilder()
				.addLong(YearEndReportParameters.YEAR, (long) this.year)
				.addLocalDate(YearEndReportParameters.CUTOFF,
						(this.cutoff != null) ? this.cutoff : YearEndReportParameters.defaultCutoff(this.year)), attempt,
					this.out, this.overrideChecks), "reports of " + this.year);
		}

	}

	/** Start a report; once made, start it again as attempt 2, 3, ... (the files are replaced). */
	static JobExecution startAttempt(JobOperator jobOperator, Job job, LongFunction<JobParameters> parameters,
			String what) throws Exception {
		for (long attempt = 1; attempt <= ATTEMPTS; attempt++) {
			try {
				return jobOperator.start(job, parameters.apply(attempt));
			}
			catch (JobInstanceAlreadyCompleteException ex) {
				// made before: try the next attempt
			}
		}
		throw new CliException("more than " + ATTEMPTS + " " + what);
	}

	/** @return the identifying parameters given, with the attempt and the options that do not identify */
	static JobParameters options(JobParametersBuilder builder, long attempt, Path out, String overrideChecks) {
		if (attempt > 1) {
			builder.addLong("attempt", attempt);
		}
		if (out != null) {
			builder.addString(YearEndReportParameters.OUT_DIR, out.toAbsolutePath().toString(), false);
		}
		if (overrideChecks != null) {
			builder.addString(YearEndReportParameters.OVERRIDE_CHECKS, overrideChecks, false);
		}
		return builder.toJobParameters();
	}

	/**
	 * @return 0 when the execution completed; otherwise throws its failure as the command's error,
	 * naming this command's option where the failure can be overridden
	 */
	static int requireCompleted(JobExecution execution) {
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new CliException(JobFailures.describe(execution, "--override-checks \"reason\""));
		}
		return 0;
	}

	@Command(name = "department", mixinStandardHelpOptions = true,
			description = "Write the Department of Science and Technology's report on KT1 for whole months: "
					+ "bao-cao-so-khcn-kt1-FROM-TO.docx (with its annex).")
	static class Department implements Callable<Integer> {

		private final JobOperator jobOperator;

		private final Job job;

		private final DepartmentReportRunReport report;

		@Spec
		private CommandSpec spec;

		@Option(names = "--from", paramLabel = "YYYY-MM", description = "First month (default January of --to's year)")
		private YearMonth from;

		@Option(names = "--to", paramLabel = "YYYY-MM", required = true, description = "Last month")
		private YearMonth to;

		@Option(names = "--out", paramLabel = "DIR", description = "Where to write the file (default kt1.report.dir)")
		private Path out;

		@Option(names = "--override-checks", paramLabel = "REASON",
				description = "Go on despite ERROR data checks or unreconciled months; the reason is recorded")
		private String overrideChecks;

		Department(JobOperator jobOperator, @Qualifier(DepartmentReportParameters.JOB) Job job,
				DepartmentReportRunReport report) {
			this.jobOperator = jobOperator;
			this.job = job;
			this.report = report;
		}

		@Override
		public Integer call() throws Exception {
			YearMonth first = (this.from != null) ? this.from : DepartmentReportParameters.defaultFrom(this.to);
			JobExecution execution = startAttempt(this.jobOperator, this.job,
					(attempt) -> options(new JobParametersBuilder().addString(DepartmentReportParameters.FROM,
							first.toString()).addString(DepartmentReportParameters.TO, this.to.toString()), attempt,
							this.out, this.overrideChecks),
					"reports of " + first + ".." + this.to);
			PrintWriter out = this.spec.commandLine().getOut();
			out.printf("%s #%d (from=%s, to=%s): %s%n", DepartmentReportParameters.JOB, execution.getId(), first,
					this.to, execution.getStatus());
			this.report.print(execution, out);
			return requireCompleted(execution);
		}

	}

}
