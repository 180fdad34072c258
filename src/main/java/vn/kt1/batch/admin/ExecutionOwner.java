package vn.kt1.batch.admin;

/**
 * The recorded owner of a running job execution, as the database knows it.
 *
 * @param executionId the job execution
 * @param process the owning process; host and pid are {@code null} when its
 * {@code kt1_process} row is gone (the process ended and removed it)
 * @param heartbeatAgeMs how long ago the process last wrote its heartbeat, by the
 * database's clock; {@code null} when its row is gone
 */
public record ExecutionOwner(long executionId, ProcessIdentity process, Long heartbeatAgeMs) {

	boolean processRowGone() {
		return this.heartbeatAgeMs == null;
	}

}
