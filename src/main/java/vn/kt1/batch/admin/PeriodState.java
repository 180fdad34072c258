package vn.kt1.batch.admin;

/** Where a period of a job stands, judging by its latest attempt. */
public enum PeriodState {

	/** No run yet. */
	NONE,

	/** The latest attempt completed. */
	COMPLETED,

	/** The latest attempt failed or was stopped: restart it where it stopped. */
	RESTARTABLE,

	/** The latest attempt was abandoned: run a new attempt. */
	ABANDONED,

	/** The latest attempt is running, or was left running by a process that died. */
	RUNNING,

	/** The latest attempt ended in an unknown state: an administrator must look at it. */
	UNKNOWN

}
