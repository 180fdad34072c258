package vn.kt1.batch.admin;

/** What {@code serve} does with an execution it recovered from a dead process. */
public enum RecoveryPolicy {

	/** Restart it at once, where it stopped. */
	RESTART,

	/** Abandon it: it will not be restarted; its period can run again as a new attempt. */
	ABANDON,

	/** Leave it {@code FAILED} for an administrator ({@code kt1 restart ID}). */
	NONE

}
