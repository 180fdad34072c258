package vn.kt1.batch.admin;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts and restarts jobs with the Spring Batch 6 operator, in this process, turning each
 * refusal into a one-line {@link LaunchException}.
 */
@Component
public class JobLaunches {

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Map<String, Job> jobs;

	private final JobDefinitions definitions;

	JobLaunches(JobOperator jobOperator, JobRepository jobRepository, Map<String, Job> jobs,
			JobDefinitions definitions) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.jobs = jobs;
		this.definitions = definitions;
	}

	/**
	 * @return the parameters with the defaults a job derives from the others (the year-end
	 * report's cut-off), so that a run from the command line, a schedule or a backfill names
	 * the same job instance
	 */
	public JobParameters complete(Job job, JobParameters given) {
		return this.definitions.complete(job.getName(), given);
	}

	/** @return the job of this name ({@code ingest} or {@code ingestJob}), if there is one */
	public Optional<Job> find(String name) {
		return Optional.ofNullable(this.jobs.get(name.endsWith("Job") ? name : name + "Job"));
	}

	/** @return the names of the jobs, sorted */
	public List<String> jobNames() {
		return this.jobs.keySet().stream().sorted().toList();
	}

	/** Start a new instance, or restart the failed or stopped one with these parameters. */
	public JobExecution start(Job job, JobParameters given) {
		JobParameters parameters = complete(job, given);
		String what = parameters.isEmpty() ? job.getName() : job.getName() + " " + describe(parameters);
		try {
			// before the operator: it stores the job instance first, and an instance with no
			// execution would stand in the way of the next start of the same parameters
			job.getJobParametersValidator().validate(parameters);
			return this.jobOperator.start(job, parameters);
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			throw new LaunchException(what + " already completed", ex);
		}
		catch (JobExecutionAlreadyRunningException ex) {
			throw new LaunchException(what + " is already running (or was left running by a process that died)",
					ex);
		}
		catch (JobRestartException ex) {
			throw new LaunchException(what + " cannot be restarted: " + ex.getMessage(), ex);
		}
		catch (InvalidJobParametersException ex) {
			throw new LaunchException(what + ": invalid parameters: " + ex.getMessage(), ex);
		}
	}

	/** Restart a failed or stopped execution where it stopped. */
	public JobExecution restart(long executionId) {
		JobExecution execution = this.jobRepository.getJobExecution(executionId);
		try {
			return this.jobOperator.restart(execution);
		}
		catch (JobRestartException ex) {
			throw new LaunchException(execution.getJobInstance().getJobName() + " execution " + executionId
					+ " cannot be restarted: " + ex.getMessage(), ex);
		}
	}

	/** @return the identifying parameters as {@code name=value}, {@code attempt} last */
	public static String describe(JobParameters parameters) {
		return parameters.getIdentifyingParameters()
			.stream()
			.sorted(Comparator.comparing((JobParameter<?> p) -> JobAttempts.ATTEMPT.equals(p.name()))
				.thenComparing(JobParameter::name))
			.map((p) -> p.name() + "=" + p.value())
			.collect(Collectors.joining(", "));
	}

}
