package vn.kt1.batch.reconcile;

import java.time.YearMonth;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.JobDefinition;
import vn.kt1.batch.admin.JobParameterSpec;
import vn.kt1.batch.admin.JobParameterType;
import vn.kt1.batch.admin.JobPeriod;
import vn.kt1.batch.admin.PeriodUnit;

/**
 * The parameters of {@code reconcileJob}: identifying {@code month} ({@code yyyy-MM}); not
 * identifying {@code asOf}, the day the run judges from (default today).
 */
@Component
public final class ReconcileParameters implements JobDefinition {

	public static final String JOB = "reconcileJob";

	public static final String MONTH = ReconcileJobConfiguration.MONTH;

	public static final String AS_OF = ReconcileTasklets.AS_OF;

	private static final List<JobParameterSpec> PARAMETERS = List.of(
			JobParameterSpec.identifying(MONTH, JobParameterType.MONTH, "Tháng đối soát", "the month reconciled"),
			JobParameterSpec.setting(AS_OF, JobParameterType.DATE, "Ngày đánh giá (mặc định: hôm nay)",
					"the day the run judges from (payments after the grace period)", "today"));

	/** @return the identifying parameters of a month's reconciliation */
	public static JobParameters of(YearMonth month) {
		return new JobParametersBuilder().addString(MONTH, month.toString()).toJobParameters();
	}

	@Override
	public String jobName() {
		return JOB;
	}

	@Override
	public String label() {
		return "Đối soát tháng";
	}

	@Override
	public JobPeriod period() {
		return new JobPeriod(MONTH, PeriodUnit.MONTH);
	}

	@Override
	public List<JobParameterSpec> parameters() {
		return PARAMETERS;
	}

}
