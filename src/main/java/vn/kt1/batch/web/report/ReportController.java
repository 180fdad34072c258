package vn.kt1.batch.web.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kt1.batch.admin.AdminAudit;
import vn.kt1.batch.admin.Attempt;
import vn.kt1.batch.admin.JobAttempts;
import vn.kt1.batch.admin.JobDefinitions;
import vn.kt1.batch.admin.JobLaunches;
import vn.kt1.batch.admin.LaunchException;
import vn.kt1.batch.admin.PeriodRuns;
import vn.kt1.batch.admin.PeriodState;
import vn.kt1.batch.report.YearEndReportParameters;
import vn.kt1.batch.web.Downloads;
import vn.kt1.batch.web.NotFoundException;
import vn.kt1.batch.web.executions.ConsoleLaunches;

/**
 * Báo cáo: the year-end reports made, each with its Word report and Excel annex to download;
 * a form that makes a year's report (again) in the background.
 */
@Controller
class ReportController {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final Map<String, String> FILES = Map.of("bao-cao", YearEndReportParameters.DOCUMENT, "phu-luc",
			YearEndReportParameters.WORKBOOK);

	private static final Map<String, String> TYPES = Map.of("bao-cao", Downloads.DOCX, "phu-luc", Downloads.XLSX);

	private final JdbcTemplate jdbc;

	private final JobRepository jobRepository;

	private final JobLaunches launches;

	private final JobAttempts attempts;

	private final PeriodRuns periodRuns;

	private final JobDefinitions definitions;

	private final ConsoleLaunches background;

	private final AdminAudit audit;

	ReportController(JdbcTemplate jdbc, JobRepository jobRepository, JobLaunches launches, JobAttempts attempts,
			PeriodRuns periodRuns, JobDefinitions definitions, ConsoleLaunches background, AdminAudit audit) {
		this.jdbc = jdbc;
		this.jobRepository = jobRepository;
		this.launches = launches;
		this.attempts = attempts;
		this.periodRuns = periodRuns;
		this.definitions = definitions;
		this.background = background;
		this.audit = audit;
	}

	@GetMapping("/reports")
	String reports(Model model) {
		List<Long> ids = this.jdbc.queryForList("SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e "
				+ "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ? "
				+ "ORDER BY e.JOB_EXECUTION_ID DESC LIMIT 50", Long.class, YearEndReportParameters.JOB);
		model.addAttribute("reports", ids.stream().map(this.jobRepository::getJobExecution).map(Report::of).toList());
		model.addAttribute("year", LocalDate.now(VIETNAM).getYear());
		boolean running = this.background.isPending("reports");
		model.addAttribute("running", running);
		if (running) {
			model.addAttribute("refresh", "5");
		}
		return "report/reports";
	}

	@PostMapping("/reports")
	String generate(@RequestParam(required = false) Integer year, @RequestParam(required = false) String cutoff,
			@RequestParam(required = false) String overrideChecks, RedirectAttributes redirect) {
		Job job = this.launches.find(YearEndReportParameters.JOB).orElseThrow();
		JobParameters parameters;
		try {
			Map<String, String> values = new java.util.LinkedHashMap<>();
			values.put(YearEndReportParameters.YEAR, (year != null) ? year.toString() : "");
			values.put(YearEndReportParameters.CUTOFF, cutoff);
			values.put(YearEndReportParameters.OVERRIDE_CHECKS, overrideChecks);
			parameters = this.launches.complete(job,
					JobDefinitions.parse(this.definitions.find(job.getName()).orElseThrow(), values));
			job.getJobParametersValidator().validate(parameters);
		}
		catch (Exception ex) {
			redirect.addFlashAttribute("problem", "Không lập được báo cáo: " + ex.getMessage());
			return "redirect:/reports";
		}
		Optional<Attempt> latest = this.attempts.latest(job.getName(), parameters);
		if (latest.isPresent() && latest.get().state() == PeriodState.RUNNING) {
			redirect.addFlashAttribute("problem", "Báo cáo này đang được lập (lần chạy #" + latest.get().executionId()
					+ ").");
			return "redirect:/reports";
		}
		String target = job.getName() + " " + JobLaunches.describe(parameters);
		String reason = (overrideChecks != null && !overrideChecks.isBlank()) ? overrideChecks.trim() : null;
		this.audit.record("report", target, reason, "accepted: runs in the console's process");
		this.background.launch("reports", () -> {
			try {
				JobExecution execution = this.periodRuns.run(job, parameters, latest.orElse(null));
				this.audit.record("report", target, reason,
						"execution " + execution.getId() + ": " + execution.getStatus());
			}
			catch (LaunchException ex) {
				this.audit.record("report", target, reason, "refused: " + ex.getMessage());
			}
		});
		redirect.addFlashAttribute("notice", "Đang lập báo cáo năm " + year + ": trang này tự làm mới khi xong.");
		return "redirect:/reports";
	}

	@GetMapping("/reports/{execution}/download/{file}")
	void download(@PathVariable long execution, @PathVariable String file, HttpServletResponse response)
			throws IOException {
		String key = FILES.get(file);
		if (key == null) {
			throw new NotFoundException("Không có tệp '" + file + "'");
		}
		JobExecution report;
		try {
			report = this.jobRepository.getJobExecution(execution);
		}
		catch (EmptyResultDataAccessException ex) {
			report = null;
		}
		if (report == null || !YearEndReportParameters.JOB.equals(report.getJobInstance().getJobName())
				|| report.getStatus() != BatchStatus.COMPLETED || !report.getExecutionContext().containsKey(key)) {
			throw new NotFoundException("Lần chạy #" + execution + " không có báo cáo đã lập");
		}
		Path path = Path.of(report.getExecutionContext().getString(key));
		if (!Files.isRegularFile(path)) {
			throw new NotFoundException("Tệp " + path.getFileName() + " không còn trên máy chủ; hãy lập lại báo cáo.");
		}
		Downloads.send(response, path, path.getFileName().toString(), TYPES.get(file));
		this.audit.record("download report", YearEndReportParameters.JOB + " execution " + execution, null,
				"sent " + path.getFileName());
	}

	/**
	 * A year-end report execution as the page lists it.
	 *
	 * @param files whether its two files are still on the server
	 */
	record Report(long id, Long year, LocalDate cutoff, String status, java.time.LocalDateTime end, String document,
			String workbook, boolean files) {

		static Report of(JobExecution execution) {
			JobParameters parameters = execution.getJobParameters();
			var context = execution.getExecutionContext();
			String document = context.containsKey(YearEndReportParameters.DOCUMENT)
					? context.getString(YearEndReportParameters.DOCUMENT) : null;
			String workbook = context.containsKey(YearEndReportParameters.WORKBOOK)
					? context.getString(YearEndReportParameters.WORKBOOK) : null;
			boolean files = execution.getStatus() == BatchStatus.COMPLETED && document != null
					&& Files.isRegularFile(Path.of(document)) && workbook != null && Files.isRegularFile(Path.of(workbook));
			return new Report(execution.getId(), parameters.getLong(YearEndReportParameters.YEAR),
					parameters.getLocalDate(YearEndReportParameters.CUTOFF), execution.getStatus().name(),
					execution.getEndTime(), (document != null) ? Path.of(document).getFileName().toString() : null,
					(workbook != null) ? Path.of(workbook).getFileName().toString() : null, files);
		}

	}

}
