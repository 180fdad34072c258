package vn.kt1.batch.shared.cli;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;

import static org.assertj.core.api.Assertions.assertThat;

/** A job's failure in one line, with the override in the words of the command typed. */
class JobFailuresTests {

	@Test
	void anOverridableFailureIsPhrasedWithTheOptionOfTheCommand() {
		JobExecution execution = failed(new IllegalStateException("step failed", new Refusal()),
				new IllegalStateException("second\nline"));

		assertThat(JobFailures.describe(execution, "--override-checks \"reason\"")).isEqualTo(
				"2 ERROR checks, or override with --override-checks \"reason\" (and 1 more: kt1 execution 7)");
		assertThat(JobFailures.describe(execution, "overrideChecks=\"reason\""))
			.startsWith("2 ERROR checks, or override with overrideChecks=\"reason\"");
	}

	@Test
	void anyOtherFailureIsItsFirstLine() {
		assertThat(JobFailures.describe(failed(new IllegalStateException("disk full\n\tat somewhere")), "x"))
			.isEqualTo("disk full");
		assertThat(JobFailures.describe(failed(new NullPointerException()), "x")).isEqualTo("NullPointerException");
		assertThat(JobFailures.describe(failed(), "x")).isEqualTo("ended FAILED (kt1 execution 7)");
	}

	private static JobExecution failed(Throwable... failures) {
		JobExecution execution = new JobExecution(7L, new JobInstance(3L, "someJob"), new JobParameters());
		execution.setStatus(BatchStatus.FAILED);
		for (Throwable failure : failures) {
			execution.addFailureException(failure);
		}
		return execution;
	}

	private static final class Refusal extends RuntimeException implements OverridableFailure {

		Refusal() {
			super("2 ERROR checks, or override with a reason");
		}

		@Override
		public String message(String override) {
			return "2 ERROR checks, or override with " + override;
		}

	}

}
