package vn.kt1.batch.reconcile;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.kt1.batch.reconcile.checks.CheckResult;
import vn.kt1.batch.reconcile.checks.CheckStore;
import vn.kt1.batch.reconcile.checks.DataChecks;
import vn.kt1.batch.reconcile.tally.Flag;
import vn.kt1.batch.reconcile.tally.MonthReconciler;
import vn.kt1.batch.reconcile.tally.ReconcileStore;

/**
 * The steps of {@code reconcileJob}. The run's id is kept in the job's execution context,
 * so a restart continues the same run; each step replaces what it wrote before.
 */
@Component
class ReconcileTasklets {

	static final String RUN_ID = "reconcileRunId";

	static final String AS_OF = "asOf";

	private static final Logger logger = LoggerFactory.getLogger(ReconcileTasklets.class);

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final ReconcileStore store;

	private final MonthReconciler reconciler;

	private final DataChecks checks;

	private final CheckStore checkStore;

	private final ReconcileProperties properties;

	private final ReconcileFaults faults;

	ReconcileTasklets(ReconcileStore store, MonthReconciler reconciler, DataChecks checks, CheckStore checkStore,
			ReconcileProperties properties, ReconcileFaults faults) {
		this.store = store;
		this.reconciler = reconciler;
		this.checks = checks;
		this.checkStore = checkStore;
		this.properties = properties;
		this.faults = faults;
	}

	Tasklet open() {
		return (contribution, context) -> {
			JobExecution job = contribution.getStepExecution().getJobExecution();
			ExecutionContext jobContext = job.getExecutionContext();
			if (!jobContext.containsKey(RUN_ID) || !this.store.isOpen(jobContext.getLong(RUN_ID))) {
				YearMonth month = month(job.getJobParameters());
				LocalDate asOf = asOf(job.getJobParameters());
				long runId = this.store.openRun(month, job.getId(), asOf, paymentsJudged(month, asOf),
						this.properties.describe());
				jobContext.putLong(RUN_ID, runId);
				jobContext.putString(AS_OF, asOf.toString());
			}
			return RepeatStatus.FINISHED;
		};
	}

	Tasklet month() {
		return (contribution, context) -> {
			JobExecution job = contribution.getStepExecution().getJobExecution();
			YearMonth month = month(job.getJobParameters());
			LocalDate asOf = runAsOf(job);
			Map<Flag, Integer> flags = this.reconciler.reconcile(runId(job), month, asOf, paymentsJudged(month, asOf));
			int rows = flags.values().stream().mapToInt(Integer::intValue).sum();
			contribution.incrementWriteCount(rows);
			this.faults.afterWriting("reconcileMonthStep");
			logger.info("reconcileJob {}: {}", month, flags);
			return RepeatStatus.FINISHED;
		};
	}

	Tasklet checks() {
		return (contribution, context) -> {
			JobExecution job = contribution.getStepExecution().getJobExecution();
			List<CheckResult> results = this.checks.run(runId(job), month(job.getJobParameters()), runAsOf(job));
			this.checkStore.save(runId(job), results);
			contribution.incrementWriteCount(results.size());
			this.faults.afterWriting("reconcileChecksStep");
			return RepeatStatus.FINISHED;
		};
	}

	Tasklet close() {
		return (contribution, context) -> {
			JobExecution job = contribution.getStepExecution().getJobExecution();
			this.store.complete(runId(job), month(job.getJobParameters()));
			return RepeatStatus.FINISHED;
		};
	}

	private boolean paymentsJudged(YearMonth month, LocalDate asOf) {
		return !asOf.isBefore(month.atEndOfMonth().plusDays(this.properties.graceDays()));
	}

	private static long runId(JobExecution job) {
		return job.getExecutionContext().getLong(RUN_ID);
	}

	/** @return the day the run judges from, fixed when it opened (a restart keeps it) */
	private static LocalDate runAsOf(JobExecution job) {
		return LocalDate.parse(job.getExecutionContext().getString(AS_OF));
	}

	static YearMonth month(JobParameters parameters) {
		return YearMonth.parse(parameters.getString(ReconcileJobConfiguration.MONTH));
	}

	/** @return the non-identifying parameter {@code asOf}, by default today in Vietnam */
	static LocalDate asOf(JobParameters parameters) {
		LocalDate asOf = parameters.getLocalDate(AS_OF);
		return (asOf != null) ? asOf : LocalDate.now(VIETNAM);
	}

}
