package vn.kt1.batch.schedule;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code scheduler} component of {@code /actuator/health}: UP while this process's
 * Quartz scheduler runs (kt1 serve), DOWN when it was started and is now standing by or shut
 * down, UNKNOWN in a process that never starts it; with the serve processes alive in the
 * cluster.
 */
@Component
class SchedulerHealthIndicator implements HealthIndicator {

	private final Scheduler scheduler;

	private final ServeInstances instances;

	SchedulerHealthIndicator(Scheduler scheduler, ServeInstances instances) {
		this.scheduler = scheduler;
		this.instances = instances;
	}

	@Override
	public Health health() {
		try {
			Health.Builder health;
			if (this.scheduler.isStarted() && !this.scheduler.isInStandbyMode() && !this.scheduler.isShutdown()) {
				health = Health.up();
			}
			else if (this.scheduler.isStarted() || this.scheduler.isShutdown()) {
				health = Health.down().withDetail("state", this.scheduler.isShutdown() ? "shut down" : "standing by");
			}
			else {
				health = Health.unknown().withDetail("state", "not started in this process");
			}
			return health.withDetail("instance", this.scheduler.getSchedulerInstanceId())
				.withDetail("serving", this.instances.alive())
				.build();
		}
		catch (SchedulerException ex) {
			return Health.down(ex).build();
		}
	}

}
