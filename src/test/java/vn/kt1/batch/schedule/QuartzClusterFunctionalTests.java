package vn.kt1.batch.schedule;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.quartz.AdaptableJobFactory;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

import vn.kt1.batch.Kt1IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two scheduler instances on one database, clustered as two {@code kt1 serve} processes
 * are: a trigger that fires N times launches exactly N runs between them, also when one
 * instance stops half-way and the other takes the rest over.
 */
@Kt1IntegrationTest
class QuartzClusterFunctionalTests {

	private static final Logger logger = LoggerFactory.getLogger(QuartzClusterFunctionalTests.class);

	private static final String CLUSTER = "kt1-cluster-test";

	private static final int FIRES = 12;

	private static final List<Fire> fires = new CopyOnWriteArrayList<>();

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcTemplate jdbc;

	private SchedulerFactoryBean nodeA;

	private SchedulerFactoryBean nodeB;

	@BeforeEach
	void twoInstancesOfOneCluster() throws Exception {
		TestSchedulers.forget(this.jdbc, CLUSTER);
		fires.clear();
		this.nodeA = TestSchedulers.create(CLUSTER, "node-a", this.dataSource, new AdaptableJobFactory(), 60_000);
		this.nodeB = TestSchedulers.create(CLUSTER, "node-b", this.dataSource, new AdaptableJobFactory(), 60_000);
	}

	@AfterEach
	void shutDown() throws SchedulerException {
		this.nodeA.destroy();
		this.nodeB.destroy();
		TestSchedulers.forget(this.jdbc, CLUSTER);
	}

	@Test
	void aFrequentTriggerFiresExactlyOncePerFireTimeAcrossTheCluster() throws Exception {
		this.nodeA.start();
		this.nodeB.start();
		Trigger trigger = TriggerBuilder.newTrigger()
			.withIdentity("every-250ms", "test")
			.startNow()
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(250)
				.withRepeatCount(FIRES - 1)
				.withMisfireHandlingInstructionNowWithExistingCount())
			.build();
		this.nodeA.getScheduler()
			.scheduleJob(JobBuilder.newJob(RecordingJob.class).withIdentity("record", "test").build(), trigger);

		awaitFires(FIRES / 2, Duration.ofSeconds(20));
		assertThat(this.jdbc.queryForList("SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = ? "
				+ "ORDER BY INSTANCE_NAME", String.class, CLUSTER)).containsExactly("node-a", "node-b");
		String first = fires.get(0).instance();
		(first.equals("node-a") ? this.nodeA : this.nodeB).stop();
		awaitFires(FIRES, Duration.ofSeconds(20));
		Thread.sleep(1500);

		assertThat(fires).hasSize(FIRES);
		assertThat(fires.stream().map(Fire::scheduled).distinct()).hasSize(FIRES);
		Map<String, Long> byInstance = fires.stream().collect(Collectors.groupingBy(Fire::instance, Collectors.counting()));
		logger.info("Fires per instance: {}", byInstance);
		assertThat(byInstance).containsOnlyKeys("node-a", "node-b");
	}

	private static void awaitFires(int count, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (fires.size() < count && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
	}

	record Fire(long scheduled, String instance) {
	}

	/** Records each fire: its scheduled time and the instance that ran it. */
	@DisallowConcurrentExecution
	public static class RecordingJob implements Job {

		@Override
		public void execute(JobExecutionContext context) {
			try {
				fires.add(new Fire(context.getScheduledFireTime().getTime(),
						context.getScheduler().getSchedulerInstanceId()));
			}
			catch (SchedulerException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
