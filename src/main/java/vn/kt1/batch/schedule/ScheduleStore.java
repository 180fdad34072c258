package vn.kt1.batch.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.Trigger.TriggerState;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The schedules in Quartz's JDBC store, read and changed through this process's Quartz
 * scheduler, which need not be started: a serve process anywhere in the cluster acts on
 * the change at its next look at the tables. Each change runs in one transaction, so
 * Quartz's row locks hold.
 */
@Component
class ScheduleStore {

	private final Scheduler scheduler;

	private final TransactionTemplate transaction;

	private final ScheduleCatalog catalog;

	ScheduleStore(Scheduler scheduler, PlatformTransactionManager transactionManager, ScheduleCatalog catalog) {
		this.scheduler = scheduler;
		this.transaction = new TransactionTemplate(transactionManager);
		this.catalog = catalog;
	}

	/**
	 * Make the Quartz jobs and triggers of group {@code kt1} match the schedules: add the
	 * new ones, update the cron, time zone or misfire instruction of the changed ones (a
	 * paused one stays paused), remove those whose file is gone.
	 * @return one line per change
	 */
	List<String> apply(List<Schedule> schedules) {
		return inTransaction(() -> {
			List<String> changes = new ArrayList<>();
			for (Schedule schedule : schedules) {
				this.scheduler.addJob(QuartzSchedules.jobDetail(schedule, this.catalog.launchOf(schedule).quartzJob()),
						true);
				changes.addAll(applyTrigger(schedule));
			}
			Set<String> names = schedules.stream().map(Schedule::name).collect(Collectors.toSet());
			for (JobKey key : this.scheduler.getJobKeys(GroupMatcher.jobGroupEquals(QuartzSchedules.GROUP))) {
				if (!names.contains(key.getName())) {
					this.scheduler.deleteJob(key);
					changes.add("removed " + key.getName() + " (its schedule file is gone)");
				}
			}
			return changes;
		});
	}

	private List<String> applyTrigger(Schedule schedule) throws SchedulerException {
		TriggerKey key = QuartzSchedules.triggerKey(schedule.name());
		Trigger existing = this.scheduler.getTrigger(key);
		CronTrigger trigger = QuartzSchedules.trigger(schedule);
		if (existing == null) {
			this.scheduler.scheduleJob(trigger);
			return List.of("added " + schedule.name() + ": " + schedule.cron() + " " + schedule.timeZone().getId());
		}
		if (existing instanceof CronTrigger cron && QuartzSchedules.firesAs(cron, schedule)) {
			return List.of();
		}
		boolean paused = this.scheduler.getTriggerState(key) == TriggerState.PAUSED;
		this.scheduler.rescheduleJob(key, trigger);
		if (paused) {
			this.scheduler.pauseTrigger(key);
		}
		return List.of("updated " + schedule.name() + ": " + schedule.cron() + " " + schedule.timeZone().getId() + " "
				+ schedule.misfire() + (paused ? " (still paused)" : ""));
	}

	/**
	 * @return whether the Quartz tables hold exactly these schedules, each as its file says
	 * (then {@link #apply} would report no change)
	 */
	boolean holds(List<Schedule> schedules) {
		return inTransaction(() -> {
			Set<String> stored = this.scheduler.getJobKeys(GroupMatcher.jobGroupEquals(QuartzSchedules.GROUP))
				.stream()
				.map(JobKey::getName)
				.collect(Collectors.toSet());
			if (!stored.equals(schedules.stream().map(Schedule::name).collect(Collectors.toSet()))) {
				return false;
			}
			for (Schedule schedule : schedules) {
				JobDetail detail = this.scheduler.getJobDetail(QuartzSchedules.jobKey(schedule.name()));
				Trigger trigger = this.scheduler.getTrigger(QuartzSchedules.triggerKey(schedule.name()));
				if (detail == null || !QuartzSchedules.schedule(detail).equals(schedule)
						|| !(trigger instanceof CronTrigger cron && QuartzSchedules.firesAs(cron, schedule))) {
					return false;
				}
			}
			return true;
		});
	}

	/** @return the schedules of group {@code kt1} with their next fire time and state */
	List<ScheduleView> views() {
		return inTransaction(() -> {
			List<ScheduleView> views = new ArrayList<>();
			GroupMatcher<TriggerKey> group = GroupMatcher.triggerGroupEquals(QuartzSchedules.GROUP);
			for (TriggerKey key : this.scheduler.getTriggerKeys(group)) {
				Trigger trigger = this.scheduler.getTrigger(key);
				Schedule schedule = QuartzSchedules.schedule(this.scheduler.getJobDetail(trigger.getJobKey()));
				views.add(new ScheduleView(schedule, trigger.getNextFireTime(),
						this.scheduler.getTriggerState(key).name()));
			}
			views.sort((a, b) -> a.schedule().name().compareTo(b.schedule().name()));
			return views;
		});
	}

	void pause(String name) {
		inTransaction(() -> {
			this.scheduler.pauseTrigger(QuartzSchedules.triggerKey(name));
			return null;
		});
	}

	void resume(String name) {
		inTransaction(() -> {
			this.scheduler.resumeTrigger(QuartzSchedules.triggerKey(name));
			return null;
		});
	}

	/** Add a one-off trigger that fires now; a started scheduler of the cluster runs it. */
	void queue(String name) {
		inTransaction(() -> {
			this.scheduler.triggerJob(QuartzSchedules.jobKey(name));
			return null;
		});
	}

	/** @return this process's Quartz instance id */
	String instanceId() {
		return inTransaction(this.scheduler::getSchedulerInstanceId);
	}

	private <T> T inTransaction(QuartzWork<T> work) {
		return this.transaction.execute((status) -> {
			try {
				return work.run();
			}
			catch (SchedulerException ex) {
				throw new IllegalStateException("Quartz: " + ex.getMessage(), ex);
			}
		});
	}

	@FunctionalInterface
	private interface QuartzWork<T> {

		T run() throws SchedulerException;

	}

}
