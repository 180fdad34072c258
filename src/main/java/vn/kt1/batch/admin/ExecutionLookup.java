package vn.kt1.batch.admin;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;

import vn.kt1.batch.shared.cli.CliException;

/** Finds a job execution by id, or says in one line that there is none. */
final class ExecutionLookup {

	private ExecutionLookup() {
	}

	/** @return the execution, or {@code null} when no execution has this id */
	static JobExecution find(JobRepository jobRepository, long id) {
		try {
			return jobRepository.getJobExecution(id);
		}
		catch (EmptyResultDataAccessException ex) {
			return null;
		}
	}

	static JobExecution get(JobRepository jobRepository, long id) {
		JobExecution execution = find(jobRepository, id);
		if (execution == null) {
			throw new CliException("no job execution with id " + id);
		}
		return execution;
	}

}
