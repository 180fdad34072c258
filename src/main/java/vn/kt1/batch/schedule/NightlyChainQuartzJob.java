package vn.kt1.batch.schedule;

import org.quartz.DisallowConcurrentExecution;

/** The Quartz job of the nightly chain (ingest, then reconcile); never two at once across the cluster. */
@DisallowConcurrentExecution
class NightlyChainQuartzJob extends QuartzLaunch {

	NightlyChainQuartzJob(NightlyChain chain) {
		super(chain);
	}

}
