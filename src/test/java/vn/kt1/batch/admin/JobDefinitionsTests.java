package vn.kt1.batch.admin;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import vn.kt1.batch.estimate.EstimateParameters;
import vn.kt1.batch.ingest.IngestParameters;
import vn.kt1.batch.reconcile.ReconcileParameters;
import vn.kt1.batch.report.YearEndReportParameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JobDefinitionsTests {

	private final JobDefinitions definitions = new JobDefinitions(List.of(new IngestParameters(),
			new ReconcileParameters(), new EstimateParameters(), new YearEndReportParameters()));

	@Test
	void eachParameterIsTypedAndMarkedIdentifyingByItsJobsDefinition() {
		JobParameters parameters = JobDefinitions.parse(this.definitions.find("estimate").orElseThrow(),
				values("year", "2027", "asOf", "2026-06-15", "overrideChecks", "đã kiểm tra"));

		assertThat(parameters.getParameter("year").value()).isEqualTo(2027L);
		assertThat(parameters.getParameter("year").identifying()).isTrue();
		assertThat(parameters.getParameter("asOf").value()).isEqualTo(LocalDate.of(2026, 6, 15));
		assertThat(parameters.getParameter("asOf").identifying()).isFalse();
		assertThat(parameters.getParameter("overrideChecks").identifying()).isFalse();
		JobParameters month = JobDefinitions.parse(this.definitions.find("reconcileJob").orElseThrow(),
				values("month", "2026-11"));
		assertThat(month.getParameter("month").value()).isEqualTo("2026-11");
		assertThat(month.getParameter("month").type()).isEqualTo(String.class);
	}

	@Test
	void unknownParametersAndMalformedValuesAreRefusedNamingWhatIsExpected() {
		JobDefinition reconcile = this.definitions.find("reconcile").orElseThrow();
		assertThatIllegalArgumentException().isThrownBy(() -> JobDefinitions.parse(reconcile, values("day", "x")))
			.withMessage("reconcileJob has no parameter 'day'; parameters: month, asOf");
		assertThatIllegalArgumentException().isThrownBy(() -> JobDefinitions.parse(reconcile, values("month", "2026-13")))
			.withMessage("parameter month: '2026-13' is not a month (YYYY-MM)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JobDefinitions.parse(this.definitions.find("ingest").orElseThrow(),
					values("businessDate", "31/02/2026")))
			.withMessage("parameter businessDate: '31/02/2026' is not a date (YYYY-MM-DD)");
	}

	@Test
	void defaultsAreFilledInFromTheDayOrTheOtherParameters() {
		JobParameters report = this.definitions.complete("yearEndReportJob",
				new JobParametersBuilder().addLong("year", 2026L).toJobParameters());
		assertThat(report.getLocalDate("cutoff")).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(report.getParameter("cutoff").identifying()).isTrue();
		JobParameters ingest = this.definitions.complete("ingestJob", new JobParameters());
		assertThat(ingest.getLocalDate("businessDate")).isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
			.minusDays(1));
		JobParameters reconcile = this.definitions.complete("reconcileJob", new JobParameters());
		assertThat(JobDefinitions.missing(this.definitions.find("reconcile").orElseThrow(), reconcile))
			.containsExactly("month");
	}

	@Test
	void theHelpTextComesFromTheDefinitions() {
		assertThat(this.definitions.all().stream().map(JobDefinition::usage)).containsExactly(
				"estimate year=YYYY [asOf=YYYY-MM-DD, default today] [overrideChecks=TEXT]",
				"ingest [businessDate=YYYY-MM-DD, default yesterday]",
				"reconcile month=YYYY-MM [asOf=YYYY-MM-DD, default today]",
				"yearEndReport year=YYYY [cutoff=YYYY-MM-DD, default 30 November of the year] "
						+ "[outDir=TEXT, default setting kt1.report.dir] [overrideChecks=TEXT]");
		assertThat(this.definitions.all().stream().map(JobDefinition::period).map(JobPeriod::parameter))
			.containsExactly("year", "businessDate", "month", "year");
	}

	private static Map<String, String> values(String... pairs) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			values.put(pairs[i], pairs[i + 1]);
		}
		return values;
	}

}
