package vn.kt1.batch.admin;

import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Runs a period of a job once more, the way its latest attempt allows: the first run
 * starts a new instance, a failed or stopped attempt is restarted where it stopped, a
 * completed or abandoned one is followed by a new attempt ({@code attempt=N+1}), and a
 * running one is refused.
 */
@Component
public class PeriodRuns {

	private final JobLaunches launches;

	private final JobAttempts attempts;

	private final JobRepository jobRepository;

	PeriodRuns(JobLaunches launches, JobAttempts attempts, JobRepository jobRepository) {
		this.launches = launches;
		this.attempts = attempts;
		this.jobRepository = jobRepository;
	}

	/**
	 * @param job the job
	 * @param period its identifying parameters, without {@code attempt}
	 * @param latest the latest attempt at the period, {@code null} when none
	 * @return the execution, whatever its status
	 */
	public JobExecution run(Job job, JobParameters period, Attempt latest) {
		PeriodState state = (latest != null) ? latest.state() : PeriodState.NONE;
		switch (state) {
			case NONE:
				return this.launches.start(job, period);
			case RESTARTABLE:
				return this.launches.restart(latest.executionId());
			case COMPLETED:
			case ABANDONED:
				return this.launches.start(job, JobAttempts.withAttempt(period, latest.number() + 1));
			default:
				throw new LaunchException(job.getName() + " " + JobLaunches.describe(period) + ": execution "
						+ latest.executionId() + " is " + latest.status() + " (kt1 execution " + latest.executionId()
						+ "; if its process died: kt1 recover " + latest.executionId() + ")");
		}
	}

	/**
	 * Make sure a period has completed: keep its completed attempt if it is still current,
	 * else run it once more. The parameters are completed with the job's derived defaults
	 * first, so the period is found whoever launches it.
	 * @param current whether a completed attempt still stands (else it runs again)
	 * @return the completed execution, and whether it ran now
	 * @throws LaunchException when the period cannot run or does not complete
	 */
	public PeriodRun complete(Job job, JobParameters given, Predicate<Attempt> current) {
		JobParameters period = this.launches.complete(job, given);
		Optional<Attempt> latest = this.attempts.latest(job.getName(), period);
		if (latest.isPresent() && latest.get().state() == PeriodState.COMPLETED && current.test(latest.get())) {
			return new PeriodRun(this.jobRepository.getJobExecution(latest.get().executionId()), false);
		}
		JobExecution execution = run(job, period, latest.orElse(null));
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new LaunchException(job.getName() + " " + JobLaunches.describe(execution.getJobParameters())
					+ " execution " + execution.getId() + " ended " + execution.getStatus() + " (kt1 execution "
					+ execution.getId() + ")");
		}
		return new PeriodRun(execution, true);
	}

	/**
	 * A period brought to completion.
	 *
	 * @param execution its completed execution
	 * @param ran whether it ran now ({@code false}: it had completed before)
	 */
	public record PeriodRun(JobExecution execution, boolean ran) {

		/** @return one line: the job, its parameters, the execution and what happened */
		public String line() {
			return this.execution.getJobInstance().getJobName() + " "
					+ JobLaunches.describe(this.execution.getJobParameters()) + ": execution " + this.execution.getId()
					+ (this.ran ? " " + this.execution.getStatus() : " had completed; nothing to do");
		}

	}

}
