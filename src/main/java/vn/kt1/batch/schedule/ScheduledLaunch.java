package vn.kt1.batch.schedule;

import java.time.LocalDate;
import java.util.List;

/** A kind of scheduled launch: one job, or a chain of jobs. */
interface ScheduledLaunch {

	/**
	 * Check at start-up that a schedule of this kind can run.
	 * @throws ScheduleFileException naming the file when it cannot
	 */
	void check(Schedule schedule);

	/**
	 * Run the schedule's jobs for a day, in this thread.
	 * @return one line per job: what ran, or that it had completed
	 * @throws vn.kt1.batch.admin.LaunchException when a job cannot run or does not complete
	 */
	List<String> run(Schedule schedule, LocalDate day);

	/** @return the Quartz job class that runs this kind */
	Class<? extends org.quartz.Job> quartzJob();

}
