package vn.kt1.batch.schedule;

import org.quartz.DisallowConcurrentExecution;

/** The Quartz job of a schedule that runs one job; never two at once across the cluster. */
@DisallowConcurrentExecution
class SingleJobQuartzJob extends QuartzLaunch {

	SingleJobQuartzJob(SingleJobLaunch launch) {
		super(launch);
	}

}
