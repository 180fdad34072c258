package vn.kt1.batch.estimate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.kt1.batch.estimate.backtest.BacktestResult;
import vn.kt1.batch.estimate.backtest.Backtests;
import vn.kt1.batch.estimate.backtest.IntervalModel;
import vn.kt1.batch.estimate.forecast.Forecasters;
import vn.kt1.batch.estimate.workbook.EstimateResults;
import vn.kt1.batch.estimate.workbook.EstimateWorkbook;
import vn.kt1.batch.reconcile.checks.DataCheckGate;
import vn.kt1.batch.reference.Agency;
import vn.kt1.batch.reference.Tariff;
import vn.kt1.batch.reference.TariffException;
import vn.kt1.batch.reference.TariffRepository;

/**
 * The steps of {@code estimateJob}. The run's id and as-of day are kept in the job's
 * execution context, so a restart continues the same run; each step replaces what it wrote
 * before.
 */
@Component
class EstimateTasklets {

	static final String RUN_ID = "estimateRunId";

	static final String AS_OF = "asOf";

	static final String OVERRIDE = "overrideChecks";

	private static final Logger logger = LoggerFactory.getLogger(EstimateTasklets.class);

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final EstimateStore store;

	private final EstimateResults results;

	private final HistoryReader history;

	private final TariffRepository tariffs;

	private final DataCheckGate gate;

	private final EstimateWorkbook workbook;

	private final EstimateFaults faults;

	private final EstimateProperties properties;

	EstimateTasklets(EstimateStore store, EstimateResults results, HistoryReader history, TariffRepository tariffs,
			DataCheckGate gate, EstimateWorkbook workbook, EstimateFaults faults, EstimateProperties properties) {
		this.store = store;
		this.results = results;
		this.history = history;
		this.tariffs = tariffs;
		this.gate = gate;
		this.workbook = workbook;
		this.faults = faults;
		this.properties = properties;
	}

	/** Checks the tariff and the data, then opens the run (a restart keeps the run it opened). */
	Tasklet open() {
		return (contribution, context) -> {
			JobExecution job = contribution.getStepExecution().getJobExecution();
			ExecutionContext jobContext = job.getExecutionContext();
			if (jobContext.containsKey(RUN_ID) && this.store.isOpen(jobContext.getLong(RUN_ID))) {
				return RepeatStatus.FINISHED;
			}
			int year = year(job.getJobParameters());
			LocalDate asOf = asOf(job.getJobParameters());
			YearMonth dataStart = this.history.dataStart();
			EstimateWindow window = EstimateWindow.of(year, asOf, dataStart, this.history.dataEnd(),
					this.properties.maxHistoryMonths());
			if (!this.store.anyListedSender(window.historyFrom(), window.historyTo())) {
				throw new EstimateException("no agency on the list sent an item in " + window.historyFrom() + ".."
						+ window.historyTo() + ": nothing to estimate " + year + " from; check the agency list "
						+ "(kt1 reference import) and load the post office's throughput (kt1 run ingest), then run again");
			}
			List<String> missing = this.tariffs.load()
				.missingComponents(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
			if (!missing.isEmpty()) {
				throw new EstimateException("the tariff has no price for " + String.join(", ", missing)
						+ ": load the tariff of " + year + " (kt1 reference import --tariff FILE) and run again");
			}
			YearMonth from = window.yearEarlier(dataStart, this.properties.maxHistoryMonths())
				.map(EstimateWindow::historyFrom)
				.orElse(window.historyFrom());
			String override = job.getJobParameters().getString(OVERRIDE);
			this.gate.require(from, window.historyTo(), "estimateJob year=" + year, override);
			long runId = this.store.openRun(year,
					new NewRun(job.getId(), asOf, window, this.properties.rule(year), this.properties.subItem(),
							this.properties.subItemName(), this.properties.minMonthsUsed(), MethodText.DESCRIPTION,
							(override != null && !override.isBlank()) ? override : null,
							this.store.inputFiles(from, window.historyTo()),
							this.store.checkSummary(from, window.historyTo()), this.store.tariffNotes(year)));
			jobContext.putLong(RUN_ID, runId);
			return RepeatStatus.FINISHED;
		};
	}

	/** Forecasts and prices every agency valid in the year. */
	Tasklet forecast() {
		return (contribution, context) -> {
			JobExecution job = contribution.getStepExecution().getJobExecution();
			EstimateRun run = this.results.run(runId(job));
			EstimateWindow window = new EstimateWindow(run.year(), run.historyFrom(), run.historyTo());
			List<Agency> all = this.store.agencies();
			List<Agency> inYear = all.stream().filter((a) -> ValidDays.in(a, window.yearMonths()) > 0).toList();
			History items = this.history.read(window.historyFrom(), window.historyTo(), all, codes(inYear));
			List<AgencyEstimate> estimates;
			try {
				estimates = estimator().estimate(window, window.yearMonths(), inYear, items);
			}
			catch (TariffException ex) {
				throw new EstimateException("pricing the estimate of " + run.year() + ": " + ex.getMessage());
			}
			this.store.saveEstimates(run.id(), estimates, window, this.properties.rule(run.year()));
			contribution.incrementWriteCount(estimates.size());
			logger.info("estimateJob {}: {} agencies estimated", run.year(), estimates.size());
			this.faults.after("forecast");
			return RepeatStatus.FINISHED;
		};
	}

	/** Estimates the year before from the data before the same cut one year earlier, and compares. */
	Tasklet backtest() {
		return (contribution, context) -> {
			JobExecution job = contribution.getStepExecution().getJobExecution();
			EstimateRun run = this.results.run(runId(job));
			EstimateWindow window = new EstimateWindow(run.year(), run.historyFrom(), run.historyTo());
			Optional<EstimateWindow> earlier = window.yearEarlier(this.history.dataStart(),
					this.properties.maxHistoryMonths());
			if (earlier.isEmpty()) {
				this.store.saveBacktest(run.id(), run.year() - 1, null, "chưa có dữ liệu trước "
						+ Notation.month(window.historyTo().minusMonths(11)) + " để ước năm " + (run.year() - 1));
			}
			else {
				backtest(run, window, earlier.get());
			}
			this.faults.after("backtest");
			return RepeatStatus.FINISHED;
		};
	}

	private void backtest(EstimateRun run, EstimateWindow window, EstimateWindow earlier) {
		List<Agency> all = this.store.agencies();
		History items = this.history.read(earlier.historyFrom(), window.historyTo(), all, codes(all));
		try {
			Optional<BacktestResult> result = new Backtests(estimator()).run(earlier,
					window.historyTo(), all, items);
			this.store.saveBacktest(run.id(), earlier.year(), result.orElse(null), result.isPresent() ? null
					: "năm " + earlier.year() + " chưa có tháng nào trọn vẹn trước ngày lập");
			this.store.saveIntervals(run.id(), result.map((r) -> IntervalModel.of(r.agencies())).orElse(null));
		}
		catch (TariffException ex) {
			this.store.saveBacktest(run.id(), earlier.year(), null, "bảng giá năm " + earlier.year() + " thiếu: "
					+ ex.getMessage());
		}
	}

	/** Writes the workbook of the run. */
	Tasklet workbook() {
		return (contribution, context) -> {
			JobExecution job = contribution.getStepExecution().getJobExecution();
			long runId = runId(job);
			Path out = this.properties.workbook(year(job.getJobParameters()));
			this.workbook.write(runId, out);
			this.store.setWorkbook(runId, out);
			return RepeatStatus.FINISHED;
		};
	}

	/** Makes the run the year's current one. */
	Tasklet close() {
		return (contribution, context) -> {
			JobExecution job = contribution.getStepExecution().getJobExecution();
			this.store.complete(runId(job), year(job.getJobParameters()));
			return RepeatStatus.FINISHED;
		};
	}

	private YearEstimator estimator() {
		Tariff tariff = this.tariffs.load();
		return new YearEstimator(Forecasters.standard(), new ServicePricer(tariff), this.properties.minMonthsUsed(),
				this.properties.poolShareMonths());
	}

	private static Set<String> codes(List<Agency> agencies) {
		return agencies.stream().map(Agency::code).collect(Collectors.toSet());
	}

	private static long runId(JobExecution job) {
		return job.getExecutionContext().getLong(RUN_ID);
	}

	static int year(JobParameters parameters) {
		return parameters.getLong(EstimateJobConfiguration.YEAR).intValue();
	}

	/** @return the non-identifying parameter {@code asOf}, by default today in Vietnam */
	static LocalDate asOf(JobParameters parameters) {
		LocalDate asOf = parameters.getLocalDate(AS_OF);
		return (asOf != null) ? asOf : LocalDate.now(VIETNAM);
	}

}
