package vn.kt1.batch.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.Trigger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.quartz.AdaptableJobFactory;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

import vn.kt1.batch.Kt1IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fire times that passed while no scheduler ran follow each schedule's misfire
 * instruction once one starts: {@code FIRE_ONCE_NOW} fires once, {@code DO_NOTHING} not at
 * all. The triggers are those {@code kt1 serve} makes from schedule files.
 */
@Kt1IntegrationTest
class QuartzMisfireFunctionalTests {

	private static final String SCHEDULER = "kt1-misfire-test";

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final List<String> fires = new CopyOnWriteArrayList<>();

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcTemplate jdbc;

	private SchedulerFactoryBean factory;

	@BeforeEach
	void schedulerNotRunning() throws Exception {
		TestSchedulers.forget(this.jdbc, SCHEDULER);
		fires.clear();
		this.factory = TestSchedulers.create(SCHEDULER, "after-downtime", this.dataSource, new AdaptableJobFactory(),
				1000);
	}

	@AfterEach
	void shutDown() throws Exception {
		this.factory.destroy();
		TestSchedulers.forget(this.jdbc, SCHEDULER);
	}

	@Test
	void missedFireTimesFollowTheMisfireInstructionOfEachSchedule() throws Exception {
		// every minute at a second half a minute away: the last fire time passed 30 s ago,
		// the next one comes in 30 s
		ZonedDateTime now = ZonedDateTime.now(VIETNAM);
		String cron = ((now.getSecond() + 30) % 60) + " * * * * ?";
		Date downSince = Date.from(now.minusMinutes(3).toInstant());
		Scheduler scheduler = this.factory.getScheduler();
		store(scheduler, schedule("fire-once", cron, Misfire.FIRE_ONCE_NOW), downSince);
		store(scheduler, schedule("do-nothing", cron, Misfire.DO_NOTHING), downSince);
		assertThat(scheduler.getTrigger(QuartzSchedules.triggerKey("fire-once")).getNextFireTime())
			.isBefore(Date.from(Instant.now().minusSeconds(60)));

		this.factory.start();
		Thread.sleep(4000);

		assertThat(fires).containsExactly("fire-once");
		assertThat(scheduler.getTrigger(QuartzSchedules.triggerKey("do-nothing")).getNextFireTime())
			.isAfter(new Date());
		assertThat(this.jdbc.queryForList("SELECT CONCAT(TRIGGER_NAME, '=', MISFIRE_INSTR) FROM QRTZ_TRIGGERS "
				+ "WHERE SCHED_NAME = ? ORDER BY TRIGGER_NAME", String.class, SCHEDULER))
			.containsExactly("do-nothing=2", "fire-once=1");
	}

	private static Schedule schedule(String name, String cron, Misfire misfire) {
		return new Schedule(name, "jobs/" + name + "/schedule.yml", "ingestJob", null, cron, VIETNAM, misfire,
				Map.of("businessDate", ParameterTemplate.YESTERDAY));
	}

	private static void store(Scheduler scheduler, Schedule schedule, Date startAt) throws Exception {
		Trigger trigger = QuartzSchedules.trigger(schedule).getTriggerBuilder().startAt(startAt).build();
		scheduler.scheduleJob(JobBuilder.newJob(RecordingJob.class)
			.withIdentity(QuartzSchedules.jobKey(schedule.name()))
			.build(), trigger);
	}

	/** Records the name of the schedule that fired. */
	@DisallowConcurrentExecution
	public static class RecordingJob implements Job {

		@Override
		public void execute(JobExecutionContext context) {
			fires.add(context.getJobDetail().getKey().getName());
		}

	}

}
