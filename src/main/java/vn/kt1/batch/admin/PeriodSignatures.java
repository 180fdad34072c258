package vn.kt1.batch.admin;

import java.util.Optional;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Signatures a period's completed run may carry (a finance officer's sign-off of a month's
 * reconciliation). A signed period never runs again silently: a run asked with a reason
 * supersedes the signature, visibly, before it starts.
 */
public interface PeriodSignatures {

	/**
	 * A completed period of this job runs again, for this reason.
	 * @return a line saying which signature was superseded, when one stood
	 */
	Optional<String> supersede(String jobName, JobParameters period, String reason);

}
