package vn.kt1.batch.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.job.Job;
import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.Attempt;
import vn.kt1.batch.admin.GracefulStop;
import vn.kt1.batch.admin.JobLaunches;
import vn.kt1.batch.admin.LaunchException;
import vn.kt1.batch.admin.PeriodRuns;
import vn.kt1.batch.admin.PeriodRuns.PeriodRun;
import vn.kt1.batch.ingest.IngestParameters;
import vn.kt1.batch.reconcile.ReconcileParameters;
import vn.kt1.batch.reconcile.TouchedMonths;
import vn.kt1.batch.reconcile.signoff.MonthSignoffs;
import vn.kt1.batch.reconcile.signoff.Signoff;

/**
 * The nightly chain: {@code ingestJob(businessDate)}, then {@code reconcileJob(month)} for
 * each month that ingest run changed (the data checks are reconcile's last step). Ingest
 * must complete, or nothing else runs; a month whose reconciliation completed after that
 * ingest run is up to date and skipped, any other runs again (a completed one as a new
 * attempt), except a month a finance officer signed off, which waits for a person (see
 * {@link MonthSignoffs}). The chain stops at the first job that does not complete.
 */
@Component
class NightlyChain implements ScheduledLaunch {

	static final String NAME = "nightly";

	static final String BUSINESS_DATE = IngestParameters.BUSINESS_DATE;

	private final JobLaunches launches;

	private final PeriodRuns periodRuns;

	private final TouchedMonths touchedMonths;

	private final GracefulStop gracefulStop;

	private final MonthSignoffs signoffs;

	NightlyChain(JobLaunches launches, PeriodRuns periodRuns, TouchedMonths touchedMonths, GracefulStop gracefulStop,
			MonthSignoffs signoffs) {
		this.launches = launches;
		this.periodRuns = periodRuns;
		this.touchedMonths = touchedMonths;
		this.gracefulStop = gracefulStop;
		this.signoffs = signoffs;
	}

	@Override
	public void check(Schedule schedule) {
		if (!NAME.equals(schedule.chain())) {
			throw new ScheduleFileException(schedule.file() + ": unknown chain '" + schedule.chain() + "' (chains: "
					+ NAME + ")");
		}
		Map<String, ParameterTemplate> parameters = schedule.parameters();
		if (parameters.size() != 1 || !parameters.containsKey(BUSINESS_DATE)
				|| !parameters.get(BUSINESS_DATE).isDay()) {
			throw new ScheduleFileException(schedule.file() + ": chain " + NAME + " takes one parameter, "
					+ BUSINESS_DATE + ": yesterday or today");
		}
		for (String job : new String[] { IngestParameters.JOB, ReconcileParameters.JOB }) {
			if (this.launches.find(job).isEmpty()) {
				throw new ScheduleFileException(schedule.file() + ": chain " + NAME + " needs " + job
						+ ", which does not exist");
			}
		}
	}

	@Override
	public List<String> run(Schedule schedule, LocalDate day) {
		List<String> done = new ArrayList<>();
		try {
			PeriodRun ingest = this.periodRuns.complete(job(IngestParameters.JOB), schedule.jobParameters(day),
					(attempt) -> true);
			done.add(ingest.line());
			LocalDateTime ingestEnded = ingest.execution().getEndTime();
			for (YearMonth month : this.touchedMonths.byIngestExecution(ingest.execution().getId())) {
				if (this.gracefulStop.isStopping()) {
					throw new LaunchException("shutting down before reconcileJob month=" + month);
				}
				Optional<Signoff> signed = this.signoffs.standing(month);
				if (signed.isPresent()) {
					// a signed month is never reconciled again silently: new data waits for a person
					done.add(ReconcileParameters.JOB + " month=" + month + ": signed off ("
							+ signed.get().line() + "), not run again; new data waits for kt1 run reconcile month="
							+ month + " --rerun --reason \"...\"");
					continue;
				}
				PeriodRun reconcile = this.periodRuns.complete(job(ReconcileParameters.JOB), ReconcileParameters.of(month),
						(attempt) -> startedAfter(attempt, ingestEnded));
				done.add(reconcile.line());
			}
			return done;
		}
		catch (LaunchException ex) {
			throw new LaunchException("chain " + NAME + " stopped: " + ex.getMessage()
					+ (done.isEmpty() ? "" : "; done before: " + String.join("; ", done)), ex);
		}
	}

	private static boolean startedAfter(Attempt attempt, LocalDateTime ingestEnded) {
		return attempt.startTime() != null && ingestEnded != null && attempt.startTime().isAfter(ingestEnded);
	}

	private Job job(String name) {
		return this.launches.find(name).orElseThrow(() -> new LaunchException("job '" + name + "' does not exist"));
	}

	@Override
	public Class<? extends org.quartz.Job> quartzJob() {
		return NightlyChainQuartzJob.class;
	}

}
