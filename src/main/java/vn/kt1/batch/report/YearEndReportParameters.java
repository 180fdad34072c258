package vn.kt1.batch.report;

import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.job.parameters.JobParametersValidator;
import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.JobDefinition;
import vn.kt1.batch.admin.JobParameterSpec;
import vn.kt1.batch.admin.JobParameterType;
import vn.kt1.batch.admin.JobPeriod;
import vn.kt1.batch.admin.PeriodUnit;
import vn.kt1.batch.report.figures.ReportPeriod;

/**
 * The parameters of {@code yearEndReportJob}: identifying {@code year} and {@code cutoff}
 * (by default 30 November of the year, the day before the report is due to be made); not
 * identifying {@code outDir} (default setting {@code kt1.report.dir}) and
 * {@code overrideChecks} (the operator's reason to go on despite ERROR data checks).
 */
@Component
public final class YearEndReportParameters implements JobParametersValidator, JobDefinition {

	public static final String JOB = "yearEndReportJob";

	public static final String YEAR = "year";

	public static final String CUTOFF = "cutoff";

	public static final String OUT_DIR = "outDir";

	public static final String OVERRIDE_CHECKS = "overrideChecks";

	/** The key, in a completed execution's context, of the Word report's path. */
	public static final String DOCUMENT = ReportTasklets.DOCUMENT;

	/** The key, in a completed execution's context, of the Excel annex's path. */
	public static final String WORKBOOK = ReportTasklets.WORKBOOK;

	private static final List<JobParameterSpec> PARAMETERS = List.of(
			JobParameterSpec.identifying(YEAR, JobParameterType.YEAR, "Năm báo cáo", "the year reported"),
			JobParameterSpec
				.identifying(CUTOFF, JobParameterType.DATE, "Số liệu đến ngày (mặc định: 30/11 của năm)", "data up to this day, included")
				.filledIn("30 November of the year", (given) -> (given.getLong(YEAR) != null)
						? defaultCutoff(given.getLong(YEAR).intValue()) : null),
			JobParameterSpec.setting(OUT_DIR, JobParameterType.TEXT, "Thư mục ghi tệp (mặc định: kt1.report.dir)",
					"where the files are written", "setting kt1.report.dir"),
			JobParameterSpec.setting(OVERRIDE_CHECKS, JobParameterType.TEXT, "Lý do bỏ qua lỗi kiểm tra dữ liệu",
					"go on despite ERROR data checks or unreconciled months, for this reason (recorded)", null));

	/** @return 30 November of the year */
	public static LocalDate defaultCutoff(int year) {
		return LocalDate.of(year, 11, 30);
	}

	/** @return the identifying parameters of a year's report with the default cut-off */
	public static JobParametersBuilder of(int year) {
		return new JobParametersBuilder().addLong(YEAR, (long) year).addLocalDate(CUTOFF, defaultCutoff(year));
	}

	@Override
	public String jobName() {
		return JOB;
	}

	@Override
	public String label() {
		return "Báo cáo cuối năm";
	}

	@Override
	public JobPeriod period() {
		return new JobPeriod(YEAR, PeriodUnit.YEAR);
	}

	@Override
	public List<JobParameterSpec> parameters() {
		return PARAMETERS;
	}

	@Override
	public void validate(JobParameters parameters) throws InvalidJobParametersException {
		JobParameter<?> year = parameters.getParameter(YEAR);
		if (year == null || !year.identifying() || !(year.value() instanceof Long)) {
			throw new InvalidJobParametersException(JOB + " needs the identifying parameter year=YYYY");
		}
		JobParameter<?> cutoff = parameters.getParameter(CUTOFF);
		if (cutoff == null || !cutoff.identifying() || !(cutoff.value() instanceof LocalDate)) {
			throw new InvalidJobParametersException(JOB + " needs the identifying parameter cutoff=YYYY-MM-DD "
					+ "(kt1 run and kt1 report fill in 30 November of the year)");
		}
		try {
			ReportPeriod.of(Math.toIntExact((Long) year.value()), (LocalDate) cutoff.value());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidJobParametersException(ex.getMessage());
		}
	}

	static ReportPeriod period(JobParameters parameters) {
		return ReportPeriod.of(Math.toIntExact(parameters.getLong(YEAR)), parameters.getLocalDate(CUTOFF));
	}

}
