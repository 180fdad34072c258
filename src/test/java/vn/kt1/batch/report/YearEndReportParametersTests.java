package vn.kt1.batch.report;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class YearEndReportParametersTests {

	private final YearEndReportParameters validator = new YearEndReportParameters();

	private final YearEndReportParameters defaults = this.validator;

	@Test
	void kt1RunFillsInThirtiethOfNovemberAsAnIdentifyingCutoff() {
		JobParameters completed = this.defaults
			.complete(new JobParametersBuilder().addLong("year", 2026L).addString("outDir", "x", false).toJobParameters());

		assertThat(completed.getLocalDate("cutoff")).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(completed.getParameter("cutoff").identifying()).isTrue();
		assertThat(completed.getString("outDir")).isEqualTo("x");
		assertThatNoException().isThrownBy(() -> this.validator.validate(completed));
	}

	@Test
	void aCutoffGivenIsKept() {
		JobParameters given = new JobParametersBuilder().addLong("year", 2026L)
			.addLocalDate("cutoff", LocalDate.of(2026, 12, 31))
			.toJobParameters();

		assertThat(this.defaults.complete(given)).isSameAs(given);
	}

	@Test
	void yearAndCutoffAreRequiredAndMustLeaveAWholeMonth() {
		assertThatExceptionOfType(InvalidJobParametersException.class)
			.isThrownBy(() -> this.validator.validate(new JobParameters()))
			.withMessage("yearEndReportJob needs the identifying parameter year=YYYY");
		assertThatExceptionOfType(InvalidJobParametersException.class)
			.isThrownBy(() -> this.validator.validate(new JobParametersBuilder().addLong("year", 2026L).toJobParameters()))
			.withMessageStartingWith("yearEndReportJob needs the identifying parameter cutoff=YYYY-MM-DD");
		assertThatExceptionOfType(InvalidJobParametersException.class)
			.isThrownBy(() -> this.validator.validate(
					new JobParametersBuilder().addLong("year", 2026L).addLocalDate("cutoff", LocalDate.of(2026, 1, 2))
						.toJobParameters()))
			.withMessageContaining("leaves no whole month of 2026");
	}

}
