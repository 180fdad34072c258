package vn.kt1.batch.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronExpression;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.listeners.JobListenerSupport;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;

import vn.kt1.batch.CommandLineCapture;
import vn.kt1.batch.Kt1CommandLine;
import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.ingest.IngestFaults;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.ingest.IngestTestSupport;
import vn.kt1.batch.reference.ReferenceImportService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kt1 schedules}, {@code pause}, {@code resume} and {@code trigger} on the shipped
 * {@code jobs/nightly/schedule.yml}, without serve and with a serve instance running.
 */
@Kt1IntegrationTest
class ScheduleCommandsIntegrationTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	private Kt1CommandLine commandLine;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Scheduler scheduler;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private IngestProperties properties;

	@Autowired
	private ScheduleStore store;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private IngestFaults faults;

	private CommandLineCapture kt1;

	private SchedulerFactoryBean serve;

	@BeforeEach
	void noSchedulesNoHistory() throws Exception {
		this.kt1 = new CommandLineCapture(this.commandLine);
		this.scheduler.clear();
		TestSchedulers.forget(this.jdbc, this.scheduler.getSchedulerName());
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		this.jdbc.update("DELETE FROM admin_audit");
	}

	@AfterEach
	void noServe() throws Exception {
		this.faults.clear();
		if (this.serve != null) {
			this.serve.destroy();
		}
		this.scheduler.clear();
		TestSchedulers.forget(this.jdbc, this.scheduler.getSchedulerName());
	}

	/** The schedules shipped in jobs/: name, what runs, cron. */
	private static final List<String[]> SHIPPED = List.of(
			new String[] { "department-report", "departmentReportJob", "0 0 3 5 1,7 ?" },
			new String[] { "estimate", "estimateJob", "0 0 2 15 6 ?" },
			new String[] { "nightly", "chain nightly", "0 30 1 * * ?" },
			new String[] { "year-end-report", "yearEndReportJob", "0 0 2 1 12 ?" });

	@Test
	void schedulesAppliesTheFilesAndListsThemThenPauseAndResumeChangeTheState() throws Exception {
		assertThat(run("schedules")).isZero();
		StringBuilder expected = new StringBuilder();
		SHIPPED.forEach((s) -> expected.append("applied: added ").append(s[0]).append(": ").append(s[2])
			.append(" Asia/Ho_Chi_Minh\n"));
		expected.append("NAME         RUNS             CRON               TIME ZONE          MISFIRE        NEXT FIRE"
				+ "            STATE\n");
		for (String[] s : SHIPPED) {
			expected.append("%-12s %-16s %-18s %-18s %-14s %s  NORMAL%n".formatted(s[0], s[1], s[2], "Asia/Ho_Chi_Minh",
					"FIRE_ONCE_NOW", nextFire(s[2])));
		}
		expected.append("serve: not running (kt1 trigger NAME runs a schedule in its own process)\n");
		assertThat(this.kt1.out()).isEqualTo(expected.toString());
		String next = nextFire("0 30 1 * * ?");
		assertThat(this.jdbc.queryForList("SELECT CONCAT(t.TRIGGER_STATE, ' ', t.MISFIRE_INSTR, ' ', c.CRON_EXPRESSION, "
				+ "' ', c.TIME_ZONE_ID) FROM QRTZ_TRIGGERS t JOIN QRTZ_CRON_TRIGGERS c ON c.SCHED_NAME = t.SCHED_NAME "
				+ "AND c.TRIGGER_NAME = t.TRIGGER_NAME AND c.TRIGGER_GROUP = t.TRIGGER_GROUP WHERE t.SCHED_NAME = 'kt1' "
				+ "AND t.TRIGGER_NAME = 'nightly'", String.class))
			.containsExactly("WAITING 1 0 30 1 * * ? Asia/Ho_Chi_Minh");

		assertThat(run("schedules")).isZero();
		assertThat(this.kt1.out()).doesNotContain("applied:");
		assertThat(run("pause", "nightly")).isZero();
		assertThat(this.kt1.out()).isEqualTo("schedule nightly paused\n");
		assertThat(triggerState()).isEqualTo("PAUSED");
		assertThat(run("schedules")).isZero();
		assertThat(this.kt1.out()).contains(next + "  PAUSED\n");
		assertThat(run("resume", "nightly")).isZero();
		assertThat(this.kt1.out()).isEqualTo("schedule nightly resumed (misfire FIRE_ONCE_NOW)\n");
		assertThat(triggerState()).isEqualTo("WAITING");
		assertThat(run("pause", "weekly")).isEqualTo(1);
		String names = String.join(", ", SHIPPED.stream().map((s) -> s[0]).toList());
		assertThat(this.kt1.err()).isEqualTo("kt1: no schedule named 'weekly'; schedules: " + names + "\n");

		List<String> audit = new java.util.ArrayList<>(SHIPPED.stream()
			.map((s) -> "schedule-apply | schedule files | added " + s[0] + ": " + s[2] + " Asia/Ho_Chi_Minh")
			.toList());
		audit.addAll(List.of("pause | schedule nightly | schedule nightly paused",
				"resume | schedule nightly | schedule nightly resumed (misfire FIRE_ONCE_NOW)",
				"pause | schedule weekly | refused: no schedule named 'weekly'; schedules: " + names));
		assertThat(audit()).isEqualTo(audit);
	}

	@Test
	void aChangedScheduleIsUpdatedAndStaysPausedAndOneWhoseFileIsGoneIsRemoved() {
		assertThat(run("pause", "nightly")).isZero();
		Schedule changed = new Schedule("nightly", "jobs/nightly/schedule.yml", null, "nightly", "0 0 3 * * ?",
				VIETNAM, Misfire.DO_NOTHING, java.util.Map.of("businessDate", ParameterTemplate.YESTERDAY));

		assertThat(this.store.apply(List.of(changed))).startsWith(
				"updated nightly: 0 0 3 * * ? Asia/Ho_Chi_Minh DO_NOTHING (still paused)");
		assertThat(triggerState()).isEqualTo("PAUSED");
		assertThat(this.store.apply(List.of())).containsExactly("removed nightly (its schedule file is gone)");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE SCHED_NAME = 'kt1'",
				Integer.class)).isZero();
	}

	@Test
	void theStoreHoldsTheFilesOnlyOnceAppliedAndUnchangedWhateverTheTriggersState() {
		List<Schedule> files = ScheduleFiles.read(java.nio.file.Path.of("jobs"));
		assertThat(this.store.holds(files)).as("nothing applied yet").isFalse();
		assertThat(run("schedules")).isZero();
		assertThat(this.store.holds(files)).isTrue();
		assertThat(run("pause", "nightly")).isZero();
		assertThat(this.store.holds(files)).as("paused").isTrue();

		Schedule nightly = files.stream().filter((s) -> s.name().equals("nightly")).findFirst().orElseThrow();
		List<Schedule> otherCron = files.stream()
			.map((s) -> (s != nightly) ? s : new Schedule(s.name(), s.file(), s.job(), s.chain(), "0 0 3 * * ?",
					s.timeZone(), s.misfire(), s.parameters()))
			.toList();
		assertThat(this.store.holds(otherCron)).as("another cron in the file").isFalse();
		List<Schedule> otherParameters = files.stream()
			.map((s) -> (s != nightly) ? s : new Schedule(s.name(), s.file(), s.job(), s.chain(), s.cron(),
					s.timeZone(), s.misfire(), java.util.Map.of("businessDate", ParameterTemplate.TODAY)))
			.toList();
		assertThat(this.store.holds(otherParameters)).as("other parameters in the file").isFalse();
		assertThat(this.store.holds(files.subList(1, files.size()))).as("a file gone").isFalse();
	}

	@Test
	void triggerWithoutServeRunsTheChainInThisProcessForTheDayBeforeItsLatestFireTime() throws Exception {
		IngestTestSupport.deliver("basic", this.properties);
		String yesterday = nightlyDay().minusDays(1).toString();

		assertThat(run("trigger", "nightly")).isZero();

		long ingest = execution("ingestJob");
		long reconcile = execution("reconcileJob");
		assertThat(this.kt1.out()).isEqualTo("schedule nightly ran in this process (no serve running): ingestJob "
				+ "businessDate=" + yesterday + ": execution " + ingest + " COMPLETED; reconcileJob month=2026-10: "
				+ "execution " + reconcile + " COMPLETED\n");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM item_event", Integer.class)).isEqualTo(7);

		assertThat(run("trigger", "nightly")).isZero();
		assertThat(this.kt1.out()).endsWith("ingestJob businessDate=" + yesterday + ": execution " + ingest
				+ " had completed; nothing to do; reconcileJob month=2026-10: execution " + reconcile
				+ " had completed; nothing to do\n");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class)).isEqualTo(2);
		assertThat(audit()).filteredOn((row) -> row.startsWith("trigger"))
			.hasSize(2)
			.allMatch((row) -> row.startsWith("trigger | schedule nightly | schedule nightly ran in this process"));
	}

	@Test
	void triggerWithServeRunningQueuesItAndServeRunsIt() throws Exception {
		IngestTestSupport.deliver("basic", this.properties);
		SpringBeanJobFactory jobFactory = new SpringBeanJobFactory();
		jobFactory.setApplicationContext(this.context);
		this.serve = TestSchedulers.create(this.scheduler.getSchedulerName(), "test-serve", this.dataSource, jobFactory,
				60_000);
		this.serve.start();
		awaitCheckIn("test-serve");

		assertThat(run("trigger", "nightly")).isZero();

		assertThat(this.kt1.out())
			.isEqualTo("schedule nightly queued: serve (test-serve) runs it now; follow it with kt1 executions\n");
		awaitCompleted("reconcileJob", Duration.ofSeconds(30));
		assertThat(this.jdbc.queryForList("SELECT CONCAT(i.JOB_NAME, ' ', e.STATUS) FROM BATCH_JOB_EXECUTION e "
				+ "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID ORDER BY e.JOB_EXECUTION_ID",
				String.class))
			.containsExactly("ingestJob COMPLETED", "reconcileJob COMPLETED");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM item_event", Integer.class)).isEqualTo(7);
	}

	@Test
	void aChainWhoseIngestFailsStopsThereAndTheFailureReachesQuartzOrTheCommandLine() throws Exception {
		IngestTestSupport.deliver("basic", this.properties);
		IngestTestSupport.failEveryLoad(this.faults);
		String yesterday = nightlyDay().minusDays(1).toString();

		assertThat(run("trigger", "nightly")).isEqualTo(1);
		long failed = execution("ingestJob");
		assertThat(this.kt1.err()).isEqualTo("kt1: schedule nightly failed: chain nightly stopped: ingestJob "
				+ "businessDate=" + yesterday + " execution " + failed + " ended FAILED (kt1 execution " + failed + ")\n");

		SpringBeanJobFactory jobFactory = new SpringBeanJobFactory();
		jobFactory.setApplicationContext(this.context);
		this.serve = TestSchedulers.create(this.scheduler.getSchedulerName(), "test-serve", this.dataSource, jobFactory,
				60_000);
		List<JobExecutionException> failures = new CopyOnWriteArrayList<>();
		this.serve.getScheduler().getListenerManager().addJobListener(new JobListenerSupport() {

			@Override
			public String getName() {
				return "failures";
			}

			@Override
			public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
				failures.add(failure);
			}

		});
		this.serve.start();
		awaitCheckIn("test-serve");
		assertThat(run("trigger", "nightly")).isZero();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (failures.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}

		long restarted = execution("ingestJob");
		assertThat(failures).singleElement()
			.satisfies((failure) -> assertThat(failure.getMessage()).isEqualTo("schedule nightly (day "
					+ nightlyDay() + ") failed: chain nightly stopped: ingestJob businessDate=" + yesterday
					+ " execution " + restarted + " ended FAILED (kt1 execution " + restarted + ")"));
		assertThat(restarted).isGreaterThan(failed);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class))
			.as("the scheduled run restarted the failed instance; reconcile never ran")
			.isEqualTo(1);
	}

	private void awaitCheckIn(String instance) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline && this.jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE "
				+ "WHERE INSTANCE_NAME = ?", Integer.class, instance) == 0) {
			Thread.sleep(50);
		}
	}

	private void awaitCompleted(String job, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline && this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e "
				+ "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ? "
				+ "AND e.STATUS = 'COMPLETED'", Integer.class, job) == 0) {
			Thread.sleep(100);
		}
	}

	private long execution(String job) {
		return this.jdbc.queryForObject("SELECT MAX(e.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE "
				+ "i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ?", Long.class, job);
	}

	/** @return the day of the latest 01:30 in Vietnam: a run fired now belongs to it */
	private static LocalDate nightlyDay() {
		ZonedDateTime now = ZonedDateTime.now(VIETNAM);
		return now.toLocalTime().isBefore(LocalTime.of(1, 30)) ? now.toLocalDate().minusDays(1) : now.toLocalDate();
	}

	private static String nextFire(String cron) throws java.text.ParseException {
		CronExpression expression = new CronExpression(cron);
		expression.setTimeZone(java.util.TimeZone.getTimeZone(VIETNAM));
		return SchedulesCommand.TIME
			.format(expression.getNextValidTimeAfter(new java.util.Date()).toInstant().atZone(VIETNAM));
	}

	private String triggerState() {
		return this.jdbc.queryForObject("SELECT TRIGGER_STATE FROM QRTZ_TRIGGERS WHERE SCHED_NAME = 'kt1' "
				+ "AND TRIGGER_NAME = 'nightly'", String.class);
	}

	private List<String> audit() {
		return this.jdbc.queryForList("SELECT CONCAT(action, ' | ', target, ' | ', result) FROM admin_audit ORDER BY id",
				String.class);
	}

	private int run(String... args) {
		return this.kt1.run(args);
	}

}
