package vn.kt1.batch.schedule;

import java.util.Properties;

import javax.sql.DataSource;

import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.quartz.spi.JobFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * Quartz scheduler instances built by hand in a test, on the test's database, clustered like
 * {@code kt1 serve}: never beans of the test context.
 */
final class TestSchedulers {

	private TestSchedulers() {
	}

	/**
	 * @param name the scheduler name (instances of one name form a cluster)
	 * @param instanceId this instance's id
	 * @param jobFactory how Quartz jobs are created
	 * @param misfireThresholdMs how late a fire time may be before it counts as missed
	 * @return the scheduler's factory, initialised, not started
	 */
	static SchedulerFactoryBean create(String name, String instanceId, DataSource dataSource, JobFactory jobFactory,
			long misfireThresholdMs) throws Exception {
		Properties properties = new Properties();
		properties.put("org.quartz.scheduler.instanceName", name);
		properties.put("org.quartz.scheduler.instanceId", instanceId);
		properties.put("org.quartz.scheduler.idleWaitTime", "1000");
		properties.put("org.quartz.jobStore.isClustered", "true");
		properties.put("org.quartz.jobStore.acquireTriggersWithinLock", "true");
		properties.put("org.quartz.jobStore.clusterCheckinInterval", "500");
		properties.put("org.quartz.jobStore.misfireThreshold", String.valueOf(misfireThresholdMs));
		properties.put("org.quartz.jobStore.driverDelegateClass", StdJDBCDelegate.class.getName());
		properties.put("org.quartz.threadPool.threadCount", "2");
		SchedulerFactoryBean factory = new SchedulerFactoryBean();
		factory.setSchedulerName(name);
		factory.setQuartzProperties(properties);
		factory.setDataSource(dataSource);
		factory.setJobFactory(jobFactory);
		factory.setAutoStartup(false);
		factory.setWaitForJobsToCompleteOnShutdown(true);
		factory.afterPropertiesSet();
		return factory;
	}

	/** Remove every row a scheduler of this name left in the Quartz tables. */
	static void forget(JdbcTemplate jdbc, String name) {
		for (String table : new String[] { "QRTZ_FIRED_TRIGGERS", "QRTZ_SIMPLE_TRIGGERS", "QRTZ_CRON_TRIGGERS",
				"QRTZ_SIMPROP_TRIGGERS", "QRTZ_BLOB_TRIGGERS", "QRTZ_TRIGGERS", "QRTZ_JOB_DETAILS",
				"QRTZ_PAUSED_TRIGGER_GRPS", "QRTZ_CALENDARS", "QRTZ_SCHEDULER_STATE", "QRTZ_LOCKS" }) {
			jdbc.update("DELETE FROM " + table + " WHERE SCHED_NAME = ?", name);
		}
	}

}
