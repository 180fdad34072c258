package vn.kt1.batch.report;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.kt1.batch.reconcile.checks.DataCheckGate;
import vn.kt1.batch.reconcile.checks.DataChecksFailedException;
import vn.kt1.batch.report.annex.AnnexWorkbook;
import vn.kt1.batch.report.document.DepartmentDocument;
import vn.kt1.batch.report.document.ReportDocument;
import vn.kt1.batch.report.figures.ReportContext;
import vn.kt1.batch.report.figures.ReportPeriod;
import vn.kt1.batch.report.figures.ReportQueries;
import vn.kt1.batch.report.figures.ReportRuns;
import vn.kt1.batch.report.figures.YearFigures;
import vn.kt1.batch.report.figures.YearFiguresReader;

/**
 * The steps of {@code yearEndReportJob}. The gate fixes the reconciliation runs the report
 * uses in the job's execution context; the writing step reads only those, so a restart
 * writes the same report even if a month was reconciled again meanwhile.
 */
@Component
class ReportTasklets {

	static final String RUNS = "reportRuns";

	static final String WORKBOOK = "reportWorkbook";

	static final String DOCUMENT = "reportDocument";

	private static final Logger logger = LoggerFactory.getLogger(ReportTasklets.class);

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final ReportQueries queries;

	private final DataCheckGate gate;

	private final YearFiguresReader figures;

	private final IssuerResolver issuer;

	private final AnnexWorkbook annex;

	private final ReportDocument document;

	private final ReportProperties properties;

	private final DepartmentDocument department;

	ReportTasklets(ReportQueries queries, DataCheckGate gate, YearFiguresReader figures, IssuerResolver issuer,
			AnnexWorkbook annex, ReportDocument document, ReportProperties properties, DepartmentDocument department) {
		this.queries = queries;
		this.gate = gate;
		this.figures = figures;
		this.issuer = issuer;
		this.annex = annex;
		this.document = document;
		this.properties = properties;
		this.department = department;
	}

	/**
	 * Refuses a report on months never reconciled or with ERROR data checks, unless the
	 * operator overrides it with a reason (recorded per check); then fixes the runs used.
	 */
	Tasklet gate() {
		return gate(YearEndReportParameters::period);
	}

	/** The same gate for a report of any period. */
	Tasklet gate(Function<JobParameters, ReportPeriod> periodOf) {
		return (contribution, context) -> {
			JobExecution job = contribution.getStepExecution().getJobExecution();
			JobParameters parameters = job.getJobParameters();
			ReportPeriod period = periodOf.apply(parameters);
			String override = override(parameters);
			ReportRuns runs = this.queries.currentRuns(
					Stream.concat(period.previousYearMonths().stream(), period.months().stream()).toList());
			List<YearMonth> missing = runs.missing(period.months());
			if (missing.size() == period.months().size()) {
				throw new DataChecksFailedException("no month of " + period.first() + ".." + period.last()
						+ " was reconciled: run kt1 run reconcile month=" + period.first() + " (and the others) first");
			}
			if (!missing.isEmpty() && override == null) {
				throw new DataChecksFailedException(missing.size() + " month(s) never reconciled: "
						+ missing.stream().map(YearMonth::toString).collect(Collectors.joining(", "))
						+ "; run kt1 run reconcile month=" + missing.get(0),
						"recorded; the report then says which months it lacks");
			}
			refuseRunsWithoutFigures(runs, period);
			this.gate.require(period.first(), period.last(), purpose(job), override);
			job.getExecutionContext().putString(RUNS, runs.encode());
			return RepeatStatus.FINISHED;
		};
	}

	/**
	 * Refuses, with no override, months whose run was made before runs stored the figures the
	 * reports read (the splits by secrecy and type, the files counted): reading the items
	 * instead would make the report's time grow with the year's items again, and a
	 * back-fill would count the items as they are now, not as the run saw them.
	 */
	private void refuseRunsWithoutFigures(ReportRuns runs, ReportPeriod period) {
		List<YearMonth> old = this.queries.withoutFigures(runs, period.months());
		if (!old.isEmpty()) {
			throw new DataChecksFailedException(old.size() + " month(s) reconciled before their runs stored the "
					+ "report's figures: " + old.stream().map(YearMonth::toString).collect(Collectors.joining(", "))
					+ "; reconcile them again: kt1 run reconcile month=" + old.get(0));
		}
	}

	/** Writes the workbook and the document, each whole or not at all. */
	Tasklet write() {
		return (contribution, context) -> {
			JobExecution job = contribution.getStepExecution().getJobExecution();
			JobParameters parameters = job.getJobParameters();
			ExecutionContext jobContext = job.getExecutionContext();
			ReportPeriod period = YearEndReportParameters.period(parameters);
			YearFigures year = this.figures.read(period, ReportRuns.decode(jobContext.getString(RUNS)));
			ReportContext report = new ReportContext(year, this.issuer.resolve(), job.getId(),
					LocalDateTime.now(VIETNAM), override(parameters));
			Path dir = outDir(parameters);
			Path workbook = dir.resolve("phu-luc-kt1-" + period.year() + ".xlsx").toAbsolutePath();
			Path document = dir.resolve("bao-cao-kt1-" + period.year() + ".docx").toAbsolutePath();
			this.annex.write(report, workbook);
			this.document.write(report, document);
			jobContext.putString(WORKBOOK, workbook.toString());
			jobContext.putString(DOCUMENT, document.toString());
			contribution.incrementWriteCount(2);
			logger.info("{}: {} items, {} VND; wrote {} and {}", purpose(job), year.itemCount(), year.fees(),
					workbook, document);
			return RepeatStatus.FINISHED;
		};
	}

	/** Writes the Department of Science and Technology's report, whole or not at all. */
	Tasklet writeDepartment() {
		return (contribution, context) -> {
			JobExecution job = contribution.getStepExecution().getJobExecution();
			JobParameters parameters = job.getJobParameters();
			ExecutionContext jobContext = job.getExecutionContext();
			ReportPeriod period = DepartmentReportParameters.period(parameters);
			YearFigures figures = this.figures.read(period, ReportRuns.decode(jobContext.getString(RUNS)));
			ReportContext report = new ReportContext(figures, this.issuer.department(), job.getId(),
					LocalDateTime.now(VIETNAM), override(parameters));
			Path document = outDir(parameters).resolve(DepartmentReportParameters.fileName(period)).toAbsolutePath();
			this.department.write(report, document);
			jobContext.putString(DOCUMENT, document.toString());
			contribution.incrementWriteCount(1);
			logger.info("{}: {} items; wrote {}", purpose(job), figures.itemCount(), document);
			return RepeatStatus.FINISHED;
		};
	}

	private Path outDir(JobParameters parameters) {
		String dir = parameters.getString(YearEndReportParameters.OUT_DIR);
		return (dir != null && !dir.isBlank()) ? Path.of(dir) : this.properties.dir();
	}

	private static String override(JobParameters parameters) {
		String reason = parameters.getString(YearEndReportParameters.OVERRIDE_CHECKS);
		return (reason != null && !reason.isBlank()) ? reason : null;
	}

	/** @return e.g. {@code yearEndReportJob year=2026 cutoff=2026-11-30}, {@code departmentReportJob from=2026-01 to=2026-06} */
	private static String purpose(JobExecution job) {
		JobParameters parameters = job.getJobParameters();
		if (DepartmentReportParameters.JOB.equals(job.getJobInstance().getJobName())) {
			return DepartmentReportParameters.JOB + " from=" + parameters.getString(DepartmentReportParameters.FROM)
					+ " to=" + parameters.getString(DepartmentReportParameters.TO);
		}
		return YearEndReportParameters.JOB + " year=" + parameters.getLong(YearEndReportParameters.YEAR) + " cutoff="
				+ parameters.getLocalDate(YearEndReportParameters.CUTOFF);
	}

}
