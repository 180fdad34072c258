package vn.kt1.batch.estimate;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.JobDefinition;
import vn.kt1.batch.admin.JobParameterSpec;
import vn.kt1.batch.admin.JobParameterType;
import vn.kt1.batch.admin.JobPeriod;
import vn.kt1.batch.admin.PeriodUnit;

/**
 * The parameters of {@code estimateJob}: identifying {@code year} (the budget year); not
 * identifying {@code asOf} (the day of the estimate, default today) and
 * {@code overrideChecks} (the operator's reason to go on despite ERROR data checks).
 */
@Component
public final class EstimateParameters implements JobDefinition {

	public static final String JOB = "estimateJob";

	public static final String YEAR = EstimateJobConfiguration.YEAR;

	public static final String AS_OF = EstimateTasklets.AS_OF;

	public static final String OVERRIDE_CHECKS = EstimateTasklets.OVERRIDE;

	private static final List<JobParameterSpec> PARAMETERS = List.of(
			JobParameterSpec.identifying(YEAR, JobParameterType.YEAR, "Năm dự toán", "the budget year"),
			JobParameterSpec.setting(AS_OF, JobParameterType.DATE, "Ngày lập (mặc định: hôm nay)",
					"the day of the estimate: the history is the complete months before it", "today"),
			JobParameterSpec.setting(OVERRIDE_CHECKS, JobParameterType.TEXT, "Lý do bỏ qua lỗi kiểm tra dữ liệu",
					"go on despite ERROR data checks, for this reason (recorded)", null));

	@Override
	public String jobName() {
		return JOB;
	}

	@Override
	public String label() {
		return "Lập dự toán";
	}

	@Override
	public JobPeriod period() {
		return new JobPeriod(YEAR, PeriodUnit.YEAR);
	}

	@Override
	public List<JobParameterSpec> parameters() {
		return PARAMETERS;
	}

}
