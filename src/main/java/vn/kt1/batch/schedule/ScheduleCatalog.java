package vn.kt1.batch.schedule;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The schedule files of {@code kt1.jobs-dir}, each checked against the application: its
 * job must exist and accept the parameters, its chain must be known.
 */
@Component
class ScheduleCatalog {

	private final SchedulingProperties properties;

	private final SingleJobLaunch singleJob;

	private final NightlyChain nightlyChain;

	ScheduleCatalog(SchedulingProperties properties, SingleJobLaunch singleJob, NightlyChain nightlyChain) {
		this.properties = properties;
		this.singleJob = singleJob;
		this.nightlyChain = nightlyChain;
	}

	/**
	 * @return the schedules, sorted by folder
	 * @throws ScheduleFileException naming the first file that cannot be used
	 */
	List<Schedule> load() {
		List<Schedule> schedules = ScheduleFiles.read(this.properties.jobsDir());
		schedules.forEach((schedule) -> launchOf(schedule).check(schedule));
		return schedules;
	}

	/** @return the kind of launch that runs the schedule */
	ScheduledLaunch launchOf(Schedule schedule) {
		return (schedule.job() != null) ? this.singleJob : this.nightlyChain;
	}

}
