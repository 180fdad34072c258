package vn.kt1.batch.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.CommandLineCapture;
import vn.kt1.batch.Kt1CommandLine;
import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.ingest.IngestFaults;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.ingest.IngestTestSupport;
import vn.kt1.batch.reference.ReferenceImportService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code kt1 serve} does at start-up with executions left {@code STARTED}: those whose
 * process is gone are recovered and restarted (or abandoned), those of a live process and
 * those without a recorded owner are left alone.
 */
@Kt1IntegrationTest
class OrphanRecoveryFunctionalTests {

	@Autowired
	private OrphanRecovery recovery;

	@Autowired
	private ExecutionOwners owners;

	@Autowired
	private JobOperator jobOperator;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	@Qualifier("ingestJob")
	private Job ingestJob;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private IngestProperties properties;

	@Autowired
	private IngestFaults faults;

	@Autowired
	private Kt1CommandLine commandLine;

	@BeforeEach
	void noHistory() throws Exception {
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		this.jdbc.update("DELETE FROM admin_audit");
		// owners of executions other tests left behind (a child JVM killed with kill -9 keeps its row)
		this.jdbc.update("DELETE FROM job_execution_owner");
	}

	@AfterEach
	void cleanUp() {
		this.faults.clear();
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		this.jdbc.update("DELETE FROM job_execution_owner");
		this.jdbc.update("DELETE FROM kt1_process WHERE id <> ?", this.owners.self().id());
	}

	@Test
	void anExecutionWhoseProcessIsGoneIsRecoveredAndRestartedToTheTablesOfACleanRun() throws Exception {
		IngestTestSupport.deliver("basic", this.properties);
		assertThat(ingest("2026-10-20").getStatus()).isEqualTo(BatchStatus.COMPLETED);
		String cleanTables = IngestTestSupport.tables(this.jdbc);
		noHistory();
		JobExecution unowned = leftRunning(ingest("2026-10-18"), null);
		JobExecution alive = leftRunning(ingest("2026-10-19"), process("other-host", 4242, 0));
		IngestTestSupport.deliver("basic", this.properties);
		this.faults.set((file, rows) -> {
			if (file.endsWith("10-06.csv")) {
				throw new IllegalStateException("power cut while loading " + file);
			}
		});
		JobExecution crashed = ingest("2026-10-20");
		this.faults.clear();
		String deadProcess = process(ProcessIdentity.hostName(), deadPid(), 0);
		leftRunning(crashed, deadProcess);

		List<String> lines = this.recovery.recover(RecoveryPolicy.RESTART);

		JobExecution restarted = this.jobRepository.getLastJobExecution(crashed.getJobInstance());
		assertThat(lines).containsExactly("execution " + unowned.getId() + " is left running with no recorded owner: "
				+ "not touched (once its process is gone: kt1 recover " + unowned.getId() + ")",
				"ingestJob execution " + crashed.getId() + ": recovered: FAILED; restarted as " + restarted.getId()
						+ ": COMPLETED");
		assertThat(status(crashed)).isEqualTo("FAILED");
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(IngestTestSupport.tables(this.jdbc)).isEqualTo(cleanTables);
		assertThat(status(unowned)).isEqualTo("STARTED");
		assertThat(status(alive)).isEqualTo("STARTED");
		assertThat(this.jdbc.queryForList("SELECT job_execution_id FROM job_execution_owner", Long.class))
			.containsExactly(alive.getId());
		assertThat(this.jdbc.queryForList("SELECT CONCAT(action, ' | ', target, ' | ', reason, ' | ', result) "
				+ "FROM admin_audit", String.class))
			.containsExactly("recover | ingestJob execution " + crashed.getId() + " | serve start-up: its process is gone ("
					+ ProcessIdentity.hostName() + " pid " + deadPid + ") | recovered: FAILED; restarted as "
					+ restarted.getId() + ": COMPLETED");
	}

	@Test
	void theAbandonPolicyAbandonsAndOneProcessOnlyClaimsAnExecution() {
		JobExecution first = leftRunning(ingest("2026-10-21"), process("other-host", 4242, 600));
		JobExecution second = leftRunning(ingest("2026-10-22"), process("other-host", 4343, 600));
		ExecutionOwner owner = this.owners.ownerOf(second.getId()).orElseThrow();
		assertThat(this.owners.claim(owner)).isTrue();
		assertThat(this.owners.claim(owner)).as("already taken over").isFalse();

		List<String> lines = this.recovery.recover(RecoveryPolicy.ABANDON);

		assertThat(lines).containsExactly("ingestJob execution " + first.getId() + ": recovered: FAILED; ABANDONED");
		assertThat(status(first)).isEqualTo("ABANDONED");
		assertThat(status(second)).as("claimed by another process (here: by the test)").isEqualTo("STARTED");
	}

	@Test
	void kt1RecoverIsRefusedWhileTheOwnerIsAliveUnlessForcedWhichIsAudited() throws Exception {
		long alive = leftRunning(ingest("2026-10-23"), process("other-host", 4242, 0)).getId();
		long dead = leftRunning(ingest("2026-10-24"), process(ProcessIdentity.hostName(), deadPid(), 0)).getId();
		CommandLineCapture kt1 = new CommandLineCapture(this.commandLine);

		assertThat(kt1.run("recover", String.valueOf(alive))).isEqualTo(1);
		assertThat(kt1.err().lines()).singleElement()
			.asString()
			.matches("kt1: execution " + alive + " is run by a live process, other-host pid 4242 \\(heartbeat \\d+ s "
					+ "ago\\): stop it with kt1 stop " + alive + "; if you know that process no longer runs it, "
					+ "kt1 recover " + alive + " --force");
		assertThat(status(alive)).isEqualTo("STARTED");

		assertThat(kt1.run("recover", String.valueOf(alive), "--force")).as(kt1.err()).isZero();
		assertThat(kt1.out()).isEqualTo("execution " + alive + " is now FAILED (forced while its owner other-host "
				+ "pid 4242 was alive)\n");
		assertThat(status(alive)).isEqualTo("FAILED");

		assertThat(kt1.run("recover", String.valueOf(dead))).as(kt1.err()).isZero();
		assertThat(kt1.out()).isEqualTo("execution " + dead + " is now FAILED\n");
		assertThat(this.jdbc.queryForList("SELECT job_execution_id FROM job_execution_owner", Long.class)).isEmpty();
		assertThat(this.jdbc.queryForList("SELECT CONCAT_WS(' | ', action, target, COALESCE(reason, '-'), result) "
				+ "FROM admin_audit ORDER BY id", String.class))
			.satisfiesExactly(
					(row) -> assertThat(row).startsWith("recover | ingestJob execution " + alive
							+ " | - | refused: execution " + alive + " is run by a live process, other-host pid 4242"),
					(row) -> assertThat(row).isEqualTo("recover | ingestJob execution " + alive + " | --force | "
							+ "execution " + alive + " is now FAILED (forced while its owner other-host pid 4242 was "
							+ "alive)"),
					(row) -> assertThat(row).isEqualTo("recover | ingestJob execution " + dead + " | - | execution "
							+ dead + " is now FAILED"));
	}

	private long deadPid;

	private long deadPid() throws Exception {
		Process process = new ProcessBuilder("true").start();
		process.waitFor();
		this.deadPid = process.pid();
		return this.deadPid;
	}

	private JobExecution ingest(String businessDate) {
		try {
			return this.jobOperator.start(this.ingestJob,
					new JobParametersBuilder().addLocalDate("businessDate", LocalDate.parse(businessDate)).toJobParameters());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Leave an execution as a process that died in its middle leaves it, owned by that process. */
	private JobExecution leftRunning(JobExecution execution, String processId) {
		this.jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL "
				+ "WHERE JOB_EXECUTION_ID = ?", execution.getId());
		this.jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL "
				+ "WHERE JOB_EXECUTION_ID = ? AND STATUS <> 'COMPLETED'", execution.getId());
		if (processId != null) {
			this.jdbc.update("INSERT INTO job_execution_owner (job_execution_id, process_id) VALUES (?, ?)",
					execution.getId(), processId);
		}
		return execution;
	}

	private String process(String host, long pid, int heartbeatSecondsAgo) {
		String id = UUID.randomUUID().toString();
		this.jdbc.update("INSERT INTO kt1_process (id, host, pid, pid_started_ms, registered_at, heartbeat_at) "
				+ "VALUES (?, ?, ?, NULL, NOW(6), NOW(6) - INTERVAL ? SECOND)", id, host, pid, heartbeatSecondsAgo);
		return id;
	}

	private String status(JobExecution execution) {
		return status(execution.getId());
	}

	private String status(long executionId) {
		return this.jdbc.queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?", String.class,
				executionId);
	}

}
