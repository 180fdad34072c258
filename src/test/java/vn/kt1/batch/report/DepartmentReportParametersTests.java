package vn.kt1.batch.report;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import vn.kt1.batch.report.figures.ReportPeriod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class DepartmentReportParametersTests {

	private final DepartmentReportParameters validator = new DepartmentReportParameters();

	@Test
	void theScheduleInJulyReportsTheHalfYearAndInJanuaryTheYearBefore() {
		JobParameters july = this.validator.complete(new JobParametersBuilder().addString("to", "2026-06").toJobParameters());
		JobParameters january = this.validator
			.complete(new JobParametersBuilder().addString("to", "2026-12").toJobParameters());

		assertThat(july.getString("from")).isEqualTo("2026-01");
		assertThat(july.getParameter("from").identifying()).isTrue();
		assertThat(DepartmentReportParameters.period(july).months()).hasSize(6);
		assertThat(DepartmentReportParameters.period(january).months()).hasSize(12);
		assertThat(DepartmentReportParameters.period(january).cutoff()).isEqualTo("2026-12-31");
		assertThatNoException().isThrownBy(() -> this.validator.validate(july));
	}

	@Test
	void anyPeriodOfWholeMonthsUpToTwoYears() {
		ReportPeriod period = DepartmentReportParameters.period(months("2025-11", "2026-02"));

		assertThat(period.months()).containsExactly(YearMonth.of(2025, 11), YearMonth.of(2025, 12),
				YearMonth.of(2026, 1), YearMonth.of(2026, 2));
		assertThat(period.previousYearMonths()).startsWith(YearMonth.of(2024, 11));
		assertThat(DepartmentReportParameters.fileName(period)).isEqualTo("bao-cao-so-khcn-kt1-2025-11-2026-02.docx");
		assertThatNoException().isThrownBy(() -> this.validator.validate(months("2025-01", "2026-12")));
	}

	@Test
	void refusesWhatIsNotAPeriod() {
		assertThatExceptionOfType(InvalidJobParametersException.class)
			.isThrownBy(() -> this.validator.validate(new JobParametersBuilder().addString("to", "2026-06").toJobParameters()))
			.withMessageStartingWith("departmentReportJob needs the identifying parameter from=YYYY-MM");
		assertThatExceptionOfType(InvalidJobParametersException.class)
			.isThrownBy(() -> this.validator.validate(months("2026-07", "2026-06")))
			.withMessage("departmentReportJob: to 2026-06 is before from 2026-07");
		assertThatExceptionOfType(InvalidJobParametersException.class)
			.isThrownBy(() -> this.validator.validate(months("2024-12", "2026-12")))
			.withMessage("departmentReportJob: 2024-12..2026-12 is longer than 24 months");
		assertThatExceptionOfType(InvalidJobParametersException.class)
			.isThrownBy(() -> this.validator.validate(months("2026-1", "2026-06")))
			.withMessageContaining("2026-1");
	}

	private static JobParameters months(String from, String to) {
		return new JobParametersBuilder().addString("from", from).addString("to", to).toJobParameters();
	}

}
