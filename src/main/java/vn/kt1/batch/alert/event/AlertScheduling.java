package vn.kt1.batch.alert.event;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.listeners.SchedulerListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.kt1.batch.alert.AlertProperties;

/**
 * Puts the alerts' round ({@link AlertsQuartzJob}) into Quartz when a scheduler starts, that
 * is in {@code kt1 serve} only: job {@code alerts} of group {@code kt1-alerts}, a trigger every
 * {@code kt1.alerts.poll-interval}, kept as it is when unchanged and removed when
 * {@code kt1.alerts.enabled} is false. The schedule files' group ({@code kt1}) is not touched.
 */
@Component
class AlertScheduling implements SmartInitializingSingleton {

	static final String GROUP = "kt1-alerts";

	private static final Logger logger = LoggerFactory.getLogger(AlertScheduling.class);

	private final Scheduler scheduler;

	private final TransactionTemplate transaction;

	private final AlertProperties properties;

	AlertScheduling(Scheduler scheduler, PlatformTransactionManager transactionManager, AlertProperties properties) {
		this.scheduler = scheduler;
		this.transaction = new TransactionTemplate(transactionManager);
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			this.scheduler.getListenerManager().addSchedulerListener(new SchedulerListenerSupport() {

				@Override
				public void schedulerStarting() {
					apply();
				}

			});
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Quartz: " + ex.getMessage(), ex);
		}
	}

	/** Make the alerts' job and trigger match the settings. */
	void apply() {
		this.transaction.executeWithoutResult((status) -> {
			try {
				JobKey job = JobKey.jobKey("alerts", GROUP);
				TriggerKey key = TriggerKey.triggerKey("alerts", GROUP);
				if (!this.properties.enabled()) {
					this.scheduler.deleteJob(job);
					logger.info("Alerts are switched off (kt1.alerts.enabled=false)");
					return;
				}
				long interval = this.properties.pollInterval().toMillis();
				Trigger existing = this.scheduler.getTrigger(key);
				if (existing instanceof SimpleTrigger simple && simple.getRepeatInterval() == interval
						&& this.scheduler.getJobDetail(job) != null) {
					return;
				}
				JobDetail detail = JobBuilder.newJob(AlertsQuartzJob.class)
					.withIdentity(job)
					.withDescription("alerts: events, digest, sending (kt1.alerts.*)")
					.storeDurably()
					.build();
				Trigger trigger = TriggerBuilder.newTrigger()
					.withIdentity(key)
					.forJob(job)
					.withSchedule(SimpleScheduleBuilder.simpleSchedule()
						.withIntervalInMilliseconds(interval)
						.repeatForever()
						.withMisfireHandlingInstructionNextWithRemainingCount())
					.build();
				this.scheduler.scheduleJob(detail, java.util.Set.of(trigger), true);
				logger.info("Alerts: every {} in Quartz group {}", this.properties.pollInterval(), GROUP);
			}
			catch (SchedulerException ex) {
				throw new IllegalStateException("Quartz: " + ex.getMessage(), ex);
			}
		});
	}

}
