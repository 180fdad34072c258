package vn.kt1.batch.admin;

import java.time.LocalDateTime;

import org.springframework.batch.core.BatchStatus;

/**
 * The latest attempt at a period (a set of identifying parameters): its job instance and
 * the last execution of that instance. A first run is attempt 1; each re-run of a completed
 * period is a new job instance with the identifying parameter {@code attempt=N}.
 *
 * @param instanceId the job instance
 * @param number the attempt number, 1 for the instance without {@code attempt}
 * @param executionId its last execution
 * @param status the status of that execution
 * @param startTime when that execution started, {@code null} if it never did
 */
public record Attempt(long instanceId, int number, long executionId, BatchStatus status, LocalDateTime startTime) {

	/** @return what can be done with the period, judging by this attempt */
	public PeriodState state() {
		switch (this.status) {
			case COMPLETED:
				return PeriodState.COMPLETED;
			case FAILED:
			case STOPPED:
				return PeriodState.RESTARTABLE;
			case ABANDONED:
				return PeriodState.ABANDONED;
			case STARTING:
			case STARTED:
			case STOPPING:
				return PeriodState.RUNNING;
			default:
				return PeriodState.UNKNOWN;
		}
	}

}
