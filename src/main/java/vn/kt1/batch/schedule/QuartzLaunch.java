package vn.kt1.batch.schedule;

import java.time.Instant;
import java.time.LocalDate;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Quartz job that launches a schedule's jobs in the scheduler's thread. The schedule comes
 * from the Quartz job's data; its parameters are resolved for the day of the trigger's
 * scheduled fire time ({@link Schedule#day}), not the wall clock. A launch that fails or
 * does not complete is logged and thrown to Quartz as a {@link JobExecutionException}.
 */
abstract class QuartzLaunch implements Job {

	private static final Logger logger = LoggerFactory.getLogger(QuartzLaunch.class);

	private final ScheduledLaunch launch;

	QuartzLaunch(ScheduledLaunch launch) {
		this.launch = launch;
	}

	@Override
	public void execute(JobExecutionContext context) throws JobExecutionException {
		Schedule schedule = QuartzSchedules.schedule(context.getJobDetail());
		Instant firedFor = context.getScheduledFireTime().toInstant();
		LocalDate day = schedule.day(firedFor);
		logger.info("Schedule {} fired (scheduled {}, day {}): {}", schedule.name(), firedFor, day, schedule.target());
		try {
			for (String line : this.launch.run(schedule, day)) {
				logger.info("Schedule {}: {}", schedule.name(), line);
			}
		}
		catch (RuntimeException ex) {
			logger.error("Schedule {} (day {}) failed: {}", schedule.name(), day, ex.getMessage(), ex);
			throw new JobExecutionException("schedule " + schedule.name() + " (day " + day + ") failed: "
					+ ex.getMessage(), ex, false);
		}
	}

}
