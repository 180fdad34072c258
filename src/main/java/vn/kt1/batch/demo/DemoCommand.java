package vn.kt1.batch.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.JobRunReport;
import vn.kt1.batch.ingest.FileRegistry;
import vn.kt1.batch.ingest.FileSummary;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.reference.ReferenceImport;
import vn.kt1.batch.reference.ReferenceImportResult;
import vn.kt1.batch.reference.ReferenceImportService;
import vn.kt1.batch.report.YearEndReportParameters;
import vn.kt1.batch.reconcile.ReconcileResults;
import vn.kt1.batch.reconcile.TouchedMonths;
import vn.kt1.batch.shared.cli.CliCommand;

/**
 * {@code kt1 demo}: the sample province end to end: imports its reference lists, writes
 * several years of input files into the inbox, runs the nightly ingest on them, reconciles
 * every month they touched, estimates next year's budget and writes this year's report.
 */
@Component
@Command(name = "demo", mixinStandardHelpOptions = true,
		description = "The sample province end to end: reference lists, inputs, ingest, reconcile, estimate, report.")
class DemoCommand implements CliCommand, Callable<Integer> {

	private final ReferenceImportService reference;

	private final IngestProperties ingest;

	private final JobOperator jobOperator;

	private final Job ingestJob;

	private final FileRegistry registry;

	private final Job reconcileJob;

	private final TouchedMonths touchedMonths;

	private final ReconcileResults reconciled;

	private final Job estimateJob;

	private final Job yearEndReportJob;

	private final List<JobRunReport> reports;

	@Spec
	private CommandSpec spec;

	@Option(names = "--reference", defaultValue = "config/reference/dong-thap-82",
			description = "Reference lists to import (default ${DEFAULT-VALUE})")
	private Path referenceDir;

	@Option(names = "--province", defaultValue = "82", description = "Province of the demo inputs (default ${DEFAULT-VALUE})")
	private String province;

	@Option(names = "--from", defaultValue = "2023-01", description = "First month (default ${DEFAULT-VALUE})")
	private YearMonth from;

	@Option(names = "--to", defaultValue = "2026-11", description = "Last month (default ${DEFAULT-VALUE})")
	private YearMonth to;

	@Option(names = "--seed", defaultValue = "82", description = "Seed of the generator (default ${DEFAULT-VALUE})")
	private long seed;

	DemoCommand(ReferenceImportService reference, IngestProperties ingest, JobOperator jobOperator,
			@Qualifier("ingestJob") Job ingestJob, FileRegistry registry, @Qualifier("reconcileJob") Job reconcileJob,
			TouchedMonths touchedMonths, ReconcileResults reconciled, @Qualifier("estimateJob") Job estimateJob,
			@Qualifier("yearEndReportJob") Job yearEndReportJob, List<JobRunReport> reports) {
		this.reference = reference;
		this.ingest = ingest;
		this.jobOperator = jobOperator;
		this.ingestJob = ingestJob;
		this.registry = registry;
		this.reconcileJob = reconcileJob;
		this.touchedMonths = touchedMonths;
		this.reconciled = reconciled;
		this.estimateJob = estimateJob;
		this.yearEndReportJob = yearEndReportJob;
		this.reports = reports;
	}

	@Override
	public Integer call() throws Exception {
		PrintWriter out = this.spec.commandLine().getOut();
		ReferenceImportResult imported = this.reference.importFiles(ReferenceImport.sample(this.referenceDir));
		out.printf("1. Reference lists from %s: %d agencies, %d post offices, %d tariff prices%n", this.referenceDir,
				imported.agencies(), imported.postOffices(), imported.tariffPrices());
		long registered = this.registry.count();
		if (registered > 0) {
			out.printf("2. The database already holds %,d input files: no new demo inputs were generated "
					+ "(kt1 demo-data writes more, kt1 run ingest loads them)%n", registered);
			return 0;
		}
		DemoSummary generated = new DemoDataGenerator().generate(new DemoRequest(this.province, this.from, this.to,
				this.ingest.inbox(), this.seed, 0.005, false));
		out.printf("2. Demo inputs %s..%s in %s: %,d files, %,d items, %,d throughput rows%n", this.from, this.to,
				this.ingest.inbox(), generated.files(), generated.items(), generated.throughputRows());
		JobExecution ingested = ingest(out);
		if (ingested == null || ingested.getStatus() != BatchStatus.COMPLETED) {
			return (ingested == null) ? 0 : 1;
		}
		return reconcile(ingested, out);
	}

	/** Reconcile every month the ingest touched, as the nightly chain does. */
	private int reconcile(JobExecution ingested, PrintWriter out) throws Exception {
		List<YearMonth> months = this.touchedMonths.byIngestExecution(ingested.getId());
		LocalDate asOf = this.to.atEndOfMonth().plusDays(1);
		int failed = 0;
		for (YearMonth month : months) {
			JobExecution execution = this.jobOperator.start(this.reconcileJob, new JobParametersBuilder()
				.addString("month", month.toString())
				.addLocalDate("asOf", asOf, false)
				.toJobParameters());
			failed += (execution.getStatus() == BatchStatus.COMPLETED) ? 0 : 1;
		}
		long[] totals = this.reconciled.currentTotals();
		out.printf("4. reconcileJob for %d months (%s..%s, asOf=%s): %s; %,d items, fees %,d VND; data checks %s "
				+ "(kt1 checks, kt1 export reconciliation --month M)%n", months.size(), months.get(0),
				months.get(months.size() - 1), asOf, (failed == 0) ? "all COMPLETED" : failed + " FAILED", totals[1],
				totals[2], this.reconciled.currentChecks());
		return (failed == 0) ? estimate(out) : 1;
	}

	/** Next year's budget estimate, as the 15 June schedule makes it. */
	private int estimate(PrintWriter out) throws Exception {
		int year = this.to.getYear() + 1;
		LocalDate asOf = LocalDate.of(this.to.getYear(), 6, 15);
		JobExecution execution = this.jobOperator.start(this.estimateJob, new JobParametersBuilder()
			.addLong("year", (long) year)
			.addLocalDate("asOf", asOf, false)
			.toJobParameters());
		out.printf("5. estimateJob for %d (asOf=%s, as the 15 June schedule runs it): %s%n", year, asOf,
				execution.getStatus());
		print(execution, out);
		return (execution.getStatus() == BatchStatus.COMPLETED) ? report(out) : 1;
	}

	/** The year-end report of the last year, as the 1 December schedule makes it. */
	private int report(PrintWriter out) throws Exception {
		int year = this.to.getYear();
		JobExecution execution = this.jobOperator.start(this.yearEndReportJob,
				YearEndReportParameters.of(year).toJobParameters());
		out.printf("6. yearEndReportJob for %d (cutoff=%s, as the 1 December schedule runs it): %s%n", year,
				YearEndReportParameters.defaultCutoff(year), execution.getStatus());
		print(execution, out);
		return (execution.getStatus() == BatchStatus.COMPLETED) ? 0 : 1;
	}

	private void print(JobExecution execution, PrintWriter out) {
		this.reports.stream()
			.filter((report) -> report.jobName().equals(execution.getJobInstance().getJobName()))
			.forEach((report) -> report.print(execution, out));
		execution.getAllFailureExceptions().forEach((failure) -> out.println("  failure: " + failure.getMessage()));
	}

	private JobExecution ingest(PrintWriter out) throws Exception {
		LocalDate businessDate = this.to.atEndOfMonth();
		try {
			JobExecution execution = this.jobOperator.start(this.ingestJob,
					new JobParametersBuilder().addLocalDate("businessDate", businessDate).toJobParameters());
			long[] totals = new long[5];
			for (FileSummary file : this.registry.summary(execution.getId())) {
				totals[switch (file.status()) {
					case "LOADED" -> 0;
					case "REFUSED" -> 1;
					default -> 2;
				}]++;
				totals[3] += file.rowsLoaded();
				totals[4] += file.rowsRejected();
			}
			out.printf("3. ingestJob #%d (businessDate=%s): %s; files loaded %,d, refused %,d, duplicate %,d; "
					+ "rows loaded %,d, rejected %,d (see kt1 rejects FILE_ID)%n", execution.getId(), businessDate,
					execution.getStatus(), totals[0], totals[1], totals[2], totals[3], totals[4]);
			return execution;
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			out.printf("3. ingestJob already completed for businessDate=%s: the inputs are loaded%n", businessDate);
			return null;
		}
	}

}
