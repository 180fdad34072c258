package vn.kt1.batch.admin;

import java.util.HashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On shutdown (SIGTERM, Ctrl-C), asks the job executions this process runs to stop at
 * their next chunk or tasklet boundary ({@link ExecutionStopper}), so they end
 * {@code STOPPED} and can be restarted, and waits for them up to
 * {@code kt1.executions.stop-timeout}. Its phase comes after the Quartz scheduler's, which
 * stands by first, so no new run starts meanwhile.
 */
@Component
public class GracefulStop implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(GracefulStop.class);

	private final ExecutionOwners owners;

	private final ExecutionStopper stopper;

	private final JobRepository jobRepository;

	private final ExecutionsProperties properties;

	private volatile boolean running;

	private volatile boolean stopping;

	GracefulStop(ExecutionOwners owners, ExecutionStopper stopper, JobRepository jobRepository,
			ExecutionsProperties properties) {
		this.owners = owners;
		this.stopper = stopper;
		this.jobRepository = jobRepository;
		this.properties = properties;
	}

	/** @return whether this process is shutting down: start no further job */
	public boolean isStopping() {
		return this.stopping;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.stopping = true;
		stopAll();
		this.running = false;
	}

	/**
	 * Ask every execution this process runs to stop at its next boundary, and wait until
	 * they have, up to {@code kt1.executions.stop-timeout}.
	 * @return the ids of the executions still running when the wait ended
	 */
	public Set<Long> stopAll() {
		long deadline = System.nanoTime() + this.properties.stopTimeout().toNanos();
		Set<Long> asked = new HashSet<>();
		Set<Long> executing = this.owners.running();
		while (!executing.isEmpty()) {
			executing.stream().filter(asked::add).forEach(this::stop);
			if (System.nanoTime() > deadline) {
				logger.warn("Executions {} still running after {}; shutting down anyway", executing,
						this.properties.stopTimeout());
				break;
			}
			pause();
			executing = this.owners.running();
		}
		return executing;
	}

	private void stop(long executionId) {
		JobExecution execution = this.jobRepository.getJobExecution(executionId);
		try {
			this.stopper.stop(execution);
			logger.info("Shutting down: asked {} execution {} to stop at its next boundary",
					execution.getJobInstance().getJobName(), executionId);
		}
		catch (JobExecutionNotRunningException ex) {
			logger.info("Shutting down: execution {} is already ending", executionId);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1000;
	}

}
