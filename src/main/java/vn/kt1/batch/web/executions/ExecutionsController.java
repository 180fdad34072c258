package vn.kt1.batch.web.executions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kt1.batch.admin.AdminAudit;
import vn.kt1.batch.admin.ExecutionOperations;
import vn.kt1.batch.admin.JobLaunches;
import vn.kt1.batch.web.NotFoundException;
import vn.kt1.batch.web.Paging;
import vn.kt1.batch.web.WebProperties;

/**
 * Lần chạy: the executions, filtered by job, status and date; one execution's steps, counts,
 * failure and where a restart resumes; and the operator's actions on it, each confirmed with
 * a reason and audited under the console user's name.
 */
@Controller
class ExecutionsController {

	private static final Set<String> ACTIONS = Set.of("restart", "stop", "abandon", "recover");

	private static final List<String> STATUSES = List.of("STARTED", "STOPPING", "COMPLETED", "FAILED", "STOPPED",
			"ABANDONED", "UNKNOWN");

	private final ExecutionQueries queries;

	private final ExecutionOperations operations;

	private final JobRepository jobRepository;

	private final JobLaunches launches;

	private final ConsoleLaunches background;

	private final AdminAudit audit;

	private final WebProperties properties;

	ExecutionsController(ExecutionQueries queries, ExecutionOperations operations, JobRepository jobRepository,
			JobLaunches launches, ConsoleLaunches background, AdminAudit audit, WebProperties properties) {
		this.queries = queries;
		this.operations = operations;
		this.jobRepository = jobRepository;
		this.launches = launches;
		this.background = background;
		this.audit = audit;
		this.properties = properties;
	}

	@GetMapping("/executions")
	String list(@RequestParam(required = false) String job, @RequestParam(required = false) String status,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = "yyyy-MM-dd") LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = "yyyy-MM-dd") LocalDate to,
			@RequestParam(required = false) Integer page, Model model) {
		ExecutionQueries.Filter filter = new ExecutionQueries.Filter(job, status, from, to);
		Paging paging = Paging.of(page, this.properties.pageSize(), this.queries.count(filter));
		List<ExecutionQueries.Row> rows = this.queries.page(filter, paging);
		model.addAttribute("rows", rows);
		model.addAttribute("paging", paging);
		model.addAttribute("filter", filter);
		model.addAttribute("jobs", this.launches.jobNames());
		model.addAttribute("statuses", STATUSES);
		if (rows.stream().anyMatch((row) -> BatchStatus.valueOf(row.status()).isRunning())) {
			model.addAttribute("refresh", "5");
		}
		return "executions/list";
	}

	@GetMapping("/executions/{id}")
	String execution(@PathVariable long id, Model model) {
		JobExecution execution = find(id);
		List<JobExecution> instance = new ArrayList<>(this.jobRepository.getJobExecutions(execution.getJobInstance()));
		instance.sort((a, b) -> Long.compare(a.getId(), b.getId()));
		String resume = null;
		for (StepExecution step : execution.getStepExecutions()) {
			if (resume == null && step.getStatus() != BatchStatus.COMPLETED) {
				resume = step.getStepName();
			}
		}
		model.addAttribute("execution", execution);
		model.addAttribute("steps", execution.getStepExecutions()
			.stream()
			.sorted((a, b) -> Long.compare(a.getId(), b.getId()))
			.toList());
		model.addAttribute("resume", resume);
		model.addAttribute("instance", instance);
		model.addAttribute("parameters", JobLaunches.describe(execution.getJobParameters()));
		model.addAttribute("failure", failure(execution));
		model.addAttribute("actions", actions(execution, instance));
		model.addAttribute("audit", this.queries.audit(instance.stream().map(this::target).toList()));
		boolean running = instance.stream().anyMatch((each) -> each.getStatus().isRunning())
				|| this.background.isPending(pendingKey(execution));
		if (running) {
			model.addAttribute("refresh", "3");
		}
		model.addAttribute("running", running);
		return "executions/detail";
	}

	@GetMapping("/executions/{id}/{action}")
	String confirm(@PathVariable long id, @PathVariable String action, Model model) {
		JobExecution execution = find(id);
		checkAction(action);
		model.addAttribute("execution", execution);
		model.addAttribute("action", action);
		model.addAttribute("parameters", JobLaunches.describe(execution.getJobParameters()));
		return "executions/confirm";
	}

	@PostMapping("/executions/{id}/{action}")
	String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		JobExecution execution = find(id);
		checkAction(action);
		if (reason == null || reason.isBlank()) {
			redirect.addFlashAttribute("problem", "Hãy ghi lý do trước khi xác nhận.");
			return "redirect:/executions/" + id + "/" + action;
		}
		String target = target(execution);
		try {
			if ("restart".equals(action)) {
				this.audit.audited("restart", target, reason, () -> {
					this.operations.checkRestartable(execution);
					return "accepted: restarts in the console's process";
				});
				this.background.launch(pendingKey(execution), () -> this.audit.audited("restart", target, reason,
						() -> this.operations.restart(execution)));
				redirect.addFlashAttribute("notice", "Đã gửi lệnh khởi động lại lần chạy #" + id
						+ ": lần chạy mới hiện bên dưới khi bắt đầu.");
			}
			else {
				String result = this.audit.audited(action, target, reason, () -> switch (action) {
					case "stop" -> this.operations.stop(execution);
					case "abandon" -> this.operations.abandon(execution);
					default -> this.operations.recover(execution);
				});
				redirect.addFlashAttribute("notice", result);
			}
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("problem", "Không thực hiện được: " + ex.getMessage());
		}
		return "redirect:/executions/" + id;
	}

	private JobExecution find(long id) {
		try {
			return this.operations.get(id);
		}
		catch (RuntimeException ex) {
			throw new NotFoundException("Không có lần chạy #" + id);
		}
	}

	private static void checkAction(String action) {
		if (!ACTIONS.contains(action)) {
			throw new NotFoundException("Không có thao tác '" + action + "'");
		}
	}

	private String target(JobExecution execution) {
		return execution.getJobInstance().getJobName() + " execution " + execution.getId();
	}

	private static String pendingKey(JobExecution execution) {
		return "instance " + execution.getJobInstance().getInstanceId();
	}

	/** @return the actions the execution's state allows */
	private static List<String> actions(JobExecution execution, List<JobExecution> instance) {
		BatchStatus status = execution.getStatus();
		boolean latest = instance.get(instance.size() - 1).getId() == execution.getId();
		List<String> actions = new ArrayList<>();
		if (latest && (status == BatchStatus.FAILED || status == BatchStatus.STOPPED)) {
			actions.add("restart");
		}
		if (status == BatchStatus.STARTED || status == BatchStatus.STARTING) {
			actions.add("stop");
		}
		if (status.isRunning()) {
			actions.add("recover");
		}
		if (latest && (status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status == BatchStatus.UNKNOWN)) {
			actions.add("abandon");
		}
		return actions;
	}

	private static List<String> failure(JobExecution execution) {
		String description = execution.getExitStatus().getExitDescription();
		if (description == null || description.isBlank()) {
			return List.of();
		}
		return description.lines().limit(8).toList();
	}

}
