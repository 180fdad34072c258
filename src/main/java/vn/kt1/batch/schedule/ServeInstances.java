package vn.kt1.batch.schedule;

import java.util.List;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The serve processes alive in the cluster, by Quartz's own check-in table: an instance is
 * alive while its last check-in is younger than its check-in interval plus 7.5 s (the
 * grace Quartz gives before another instance takes its work over).
 */
@Component
class ServeInstances {

	private static final long GRACE_MS = 7500;

	private final JdbcTemplate jdbc;

	private final Scheduler scheduler;

	ServeInstances(JdbcTemplate jdbc, Scheduler scheduler) {
		this.jdbc = jdbc;
		this.scheduler = scheduler;
	}

	/** @return the instance ids of the live serve processes */
	List<String> alive() {
		return this.jdbc.queryForList("SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = ? "
				+ "AND LAST_CHECKIN_TIME + CHECKIN_INTERVAL + ? >= ? ORDER BY INSTANCE_NAME", String.class,
				schedulerName(), GRACE_MS, System.currentTimeMillis());
	}

	/** Remove this instance's check-in row, once its scheduler has shut down cleanly. */
	void forget(String instanceId) {
		this.jdbc.update("DELETE FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = ? AND INSTANCE_NAME = ?",
				schedulerName(), instanceId);
	}

	private String schedulerName() {
		try {
			return this.scheduler.getSchedulerName();
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Quartz: " + ex.getMessage(), ex);
		}
	}

}
