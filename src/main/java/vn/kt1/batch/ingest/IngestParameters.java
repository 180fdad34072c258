package vn.kt1.batch.ingest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.JobDefinition;
import vn.kt1.batch.admin.JobParameterSpec;
import vn.kt1.batch.admin.JobParameterType;
import vn.kt1.batch.admin.JobPeriod;
import vn.kt1.batch.admin.PeriodUnit;

/**
 * The parameters of {@code ingestJob}: identifying {@code businessDate}, the day the files
 * belong to (by default yesterday in Vietnam).
 */
@Component
public final class IngestParameters implements JobDefinition {

	public static final String JOB = "ingestJob";

	public static final String BUSINESS_DATE = "businessDate";

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final List<JobParameterSpec> PARAMETERS = List.of(JobParameterSpec
		.identifying(BUSINESS_DATE, JobParameterType.DATE, "Ngày nghiệp vụ (mặc định: hôm qua)", "the day the files belong to")
		.filledIn("yesterday", (given) -> LocalDate.now(VIETNAM).minusDays(1)));

	@Override
	public String jobName() {
		return JOB;
	}

	@Override
	public String label() {
		return "Nạp tệp đầu vào";
	}

	@Override
	public JobPeriod period() {
		return new JobPeriod(BUSINESS_DATE, PeriodUnit.DAY);
	}

	@Override
	public List<JobParameterSpec> parameters() {
		return PARAMETERS;
	}

}
