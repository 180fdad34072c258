package vn.kt1.batch.report;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;
import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.JobDefinition;
import vn.kt1.batch.admin.JobParameterSpec;
import vn.kt1.batch.admin.JobParameterType;
import vn.kt1.batch.admin.JobPeriod;
import vn.kt1.batch.admin.PeriodUnit;
import vn.kt1.batch.report.figures.ReportPeriod;

/**
 * The parameters of {@code departmentReportJob}: identifying {@code from} and {@code to}
 * (months {@code yyyy-MM}; {@code from} defaults to January of {@code to}'s year, so the
 * schedule's {@code to: last month} on 5 January reports the year before and on 5 July the
 * half-year); not identifying {@code outDir} (default setting {@code kt1.report.dir}) and
 * {@code overrideChecks}.
 */
@Component
public final class DepartmentReportParameters implements JobParametersValidator, JobDefinition {

	public static final String JOB = "departmentReportJob";

	public static final String FROM = "from";

	public static final String TO = "to";

	public static final String OUT_DIR = YearEndReportParameters.OUT_DIR;

	public static final String OVERRIDE_CHECKS = YearEndReportParameters.OVERRIDE_CHECKS;

	private static final List<JobParameterSpec> PARAMETERS = List.of(
			JobParameterSpec.identifying(TO, JobParameterType.MONTH, "Đến tháng", "the last month reported"),
			JobParameterSpec
				.identifying(FROM, JobParameterType.MONTH, "Từ tháng (mặc định: tháng 1 của năm)",
						"the first month reported")
				.filledIn("January of to's year", (given) -> (given.getString(TO) != null)
						? defaultFrom(YearMonth.parse(given.getString(TO))).toString() : null),
			JobParameterSpec.setting(OUT_DIR, JobParameterType.TEXT, "Thư mục ghi tệp (mặc định: kt1.report.dir)",
					"where the file is written", "setting kt1.report.dir"),
			JobParameterSpec.setting(OVERRIDE_CHECKS, JobParameterType.TEXT, "Lý do bỏ qua lỗi kiểm tra dữ liệu",
					"go on despite ERROR data checks or unreconciled months, for this reason (recorded)", null));

	@Override
	public String jobName() {
		return JOB;
	}

	@Override
	public String label() {
		return "Báo cáo của Sở Khoa học và Công nghệ";
	}

	@Override
	public JobPeriod period() {
		return new JobPeriod(TO, PeriodUnit.MONTH);
	}

	@Override
	public List<JobParameterSpec> parameters() {
		return PARAMETERS;
	}

	/** @return the months' default start: January of the last month's year */
	public static YearMonth defaultFrom(YearMonth to) {
		return YearMonth.of(to.getYear(), 1);
	}

	@Override
	public void validate(JobParameters parameters) throws InvalidJobParametersException {
		for (String name : new String[] { FROM, TO }) {
			JobParameter<?> month = parameters.getParameter(name);
			if (month == null || !month.identifying() || !(month.value() instanceof String)) {
				throw new InvalidJobParametersException(JOB + " needs the identifying parameter " + name
						+ "=YYYY-MM (kt1 run fills in from=January of to's year)");
			}
		}
		try {
			period(parameters);
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			throw new InvalidJobParametersException(JOB + ": " + ex.getMessage());
		}
	}

	static ReportPeriod period(JobParameters parameters) {
		return ReportPeriod.between(YearMonth.parse(parameters.getString(FROM)),
				YearMonth.parse(parameters.getString(TO)));
	}

	/** @return the file name of the report, e.g. {@code bao-cao-so-khcn-kt1-2026-01-2026-12.docx} */
	static String fileName(ReportPeriod period) {
		return "bao-cao-so-khcn-kt1-" + period.first() + "-" + period.last() + ".docx";
	}

}
