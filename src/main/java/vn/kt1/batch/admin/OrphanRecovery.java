package vn.kt1.batch.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds executions left {@code STARTING}, {@code STARTED} or {@code STOPPING} by a process
 * that is gone, recovers them ({@code JobOperator.recover}: {@code FAILED}) and then
 * restarts or abandons them by the policy, writing each to {@code admin_audit}. An
 * execution whose owner is alive (see {@link OwnerLiveness}) is left alone, and so is one
 * with no recorded owner: only an administrator can tell whether its process is gone.
 */
@Component
public class OrphanRecovery {

	private static final Logger logger = LoggerFactory.getLogger(OrphanRecovery.class);

	private final JdbcTemplate jdbc;

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	private final ExecutionOwners owners;

	private final AdminAudit audit;

	OrphanRecovery(JdbcTemplate jdbc, JobRepository jobRepository, JobOperator jobOperator, ExecutionOwners owners,
			AdminAudit audit) {
		this.jdbc = jdbc;
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.owners = owners;
		this.audit = audit;
	}

	/**
	 * @param policy what to do with each recovered execution
	 * @return one line per execution recovered or left alone for want of an owner
	 */
	public List<String> recover(RecoveryPolicy policy) {
		List<String> lines = new ArrayList<>();
		for (Long id : this.jdbc.queryForList("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION "
				+ "WHERE STATUS IN ('STARTING', 'STARTED', 'STOPPING') ORDER BY JOB_EXECUTION_ID", Long.class)) {
			Optional<ExecutionOwner> owner = this.owners.ownerOf(id);
			if (owner.isEmpty()) {
				String line = "execution " + id + " is left running with no recorded owner: not touched "
						+ "(once its process is gone: kt1 recover " + id + ")";
				logger.warn(line);
				lines.add(line);
			}
			else if (!this.owners.isAlive(owner.get()) && this.owners.claim(owner.get())) {
				lines.add(recover(id, owner.get(), policy));
			}
		}
		return lines;
	}

	private String recover(long id, ExecutionOwner owner, RecoveryPolicy policy) {
		JobExecution execution = this.jobRepository.getJobExecution(id);
		String target = execution.getJobInstance().getJobName() + " execution " + id;
		String reason = "its process is gone (" + (owner.processRowGone() ? "ended" : owner.process()) + ")";
		JobExecution recovered = this.jobOperator.recover(execution);
		this.owners.release(id);
		String result = "recovered: " + recovered.getStatus() + then(recovered, policy);
		logger.info("{}: {}; {}", target, reason, result);
		this.audit.record("recover", target, "serve start-up: " + reason, result);
		return target + ": " + result;
	}

	private String then(JobExecution recovered, RecoveryPolicy policy) {
		try {
			if (policy == RecoveryPolicy.RESTART) {
				JobExecution restarted = this.jobOperator.restart(recovered);
				return "; restarted as " + restarted.getId() + ": " + restarted.getStatus();
			}
			if (policy == RecoveryPolicy.ABANDON) {
				return "; " + this.jobOperator.abandon(recovered).getStatus();
			}
			return "; left for kt1 restart " + recovered.getId();
		}
		catch (JobRestartException | JobExecutionAlreadyRunningException | RuntimeException ex) {
			return "; " + policy.name().toLowerCase(java.util.Locale.ROOT) + " refused: " + ex.getMessage();
		}
	}

}
