package vn.kt1.batch.admin;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records which process runs each job execution ({@code job_execution_owner}) and keeps a
 * heartbeat for this process ({@code kt1_process}) while it has run jobs, so that an
 * execution left running by a dead process can be told from one that a live process (a
 * {@code serve} or a {@code kt1 run}, on this host or another) is running. See
 * {@link OwnerLiveness} for the rule.
 */
@Component
public class ExecutionOwners implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(ExecutionOwners.class);

	private final JdbcTemplate jdbc;

	private final ExecutionsProperties properties;

	private final ProcessIdentity self = ProcessIdentity.current();

	private final Set<Long> running = ConcurrentHashMap.newKeySet();

	private ScheduledExecutorService heartbeat;

	ExecutionOwners(JdbcTemplate jdbc, ExecutionsProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** @return this process */
	public ProcessIdentity self() {
		return this.self;
	}

	/** Make this process known and start its heartbeat, once. */
	public synchronized void register() {
		if (this.heartbeat != null) {
			return;
		}
		insertProcessRow();
		this.heartbeat = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "kt1-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		long millis = this.properties.heartbeatInterval().toMillis();
		this.heartbeat.scheduleWithFixedDelay(this::beat, millis, millis, TimeUnit.MILLISECONDS);
	}

	void started(JobExecution execution) {
		register();
		this.jdbc.update("INSERT INTO job_execution_owner (job_execution_id, process_id) VALUES (?, ?) "
				+ "ON DUPLICATE KEY UPDATE process_id = VALUES(process_id)", execution.getId(), this.self.id());
		this.running.add(execution.getId());
	}

	void ended(JobExecution execution) {
		this.running.remove(execution.getId());
		release(execution.getId());
	}

	/** @return the ids of the executions this process is running, oldest first */
	public Set<Long> running() {
		return new TreeSet<>(this.running);
	}

	/** @return the recorded owner of an execution, empty when none is recorded */
	public Optional<ExecutionOwner> ownerOf(long executionId) {
		List<ExecutionOwner> owners = this.jdbc.query("SELECT o.process_id, p.host, p.pid, p.pid_started_ms, "
				+ "TIMESTAMPDIFF(MICROSECOND, p.heartbeat_at, NOW(6)) DIV 1000 FROM job_execution_owner o "
				+ "LEFT JOIN kt1_process p ON p.id = o.process_id WHERE o.job_execution_id = ?",
				(rs, row) -> new ExecutionOwner(executionId,
						new ProcessIdentity(rs.getString(1), rs.getString(2), rs.getLong(3),
								rs.getObject(4, Long.class)),
						rs.getObject(5, Long.class)),
				executionId);
		return owners.stream().findFirst();
	}

	/** @return whether the owner's process is still alive ({@link OwnerLiveness}) */
	public boolean isAlive(ExecutionOwner owner) {
		return OwnerLiveness.isAlive(owner, this.self.host(), this.properties.ownerTimeout(),
				OwnerLiveness::localPidStartedMs);
	}

	/**
	 * Take over an execution from its dead owner, so that exactly one process recovers it.
	 * @return whether this process got it (another one may have been faster)
	 */
	public boolean claim(ExecutionOwner deadOwner) {
		register();
		return this.jdbc.update("UPDATE job_execution_owner SET process_id = ? WHERE job_execution_id = ? "
				+ "AND process_id = ?", this.self.id(), deadOwner.executionId(), deadOwner.process().id()) == 1;
	}

	/** Forget the owner of an execution that is no longer running. */
	public void release(long executionId) {
		this.jdbc.update("DELETE FROM job_execution_owner WHERE job_execution_id = ?", executionId);
	}

	private void insertProcessRow() {
		this.jdbc.update("INSERT INTO kt1_process (id, host, pid, pid_started_ms, registered_at, heartbeat_at) "
				+ "VALUES (?, ?, ?, ?, NOW(6), NOW(6))", this.self.id(), this.self.host(), this.self.pid(),
				this.self.pidStartedMs());
	}

	private void beat() {
		try {
			if (this.jdbc.update("UPDATE kt1_process SET heartbeat_at = NOW(6) WHERE id = ?", this.self.id()) == 0) {
				insertProcessRow();
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Heartbeat of {} not written: {}", this.self, ex.getMessage());
		}
	}

	@Override
	public synchronized void destroy() {
		if (this.heartbeat == null) {
			return;
		}
		this.heartbeat.shutdownNow();
		try {
			this.jdbc.update("DELETE FROM kt1_process WHERE id = ?", this.self.id());
		}
		catch (RuntimeException ex) {
			logger.warn("Process row of {} not removed: {}", this.self, ex.getMessage());
		}
	}

}
