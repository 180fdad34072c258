package vn.kt1.batch.web.executions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kt1.batch.admin.AdminAudit;
import vn.kt1.batch.admin.Attempt;
import vn.kt1.batch.admin.Backfills;
import vn.kt1.batch.admin.JobAttempts;
import vn.kt1.batch.admin.JobDefinition;
import vn.kt1.batch.admin.JobDefinitions;
import vn.kt1.batch.admin.JobLaunches;
import vn.kt1.batch.admin.LaunchException;
import vn.kt1.batch.admin.PeriodRuns;
import vn.kt1.batch.admin.PeriodSignatures;
import vn.kt1.batch.admin.PeriodState;

/**
 * The run and backfill forms, built from each job's {@link JobDefinition}: the first press
 * shows what would happen (the dry run), the second runs it in the background, audited.
 */
@Controller
class RunController {

	private static final String FIELD = "p_";

	private final JobDefinitions definitions;

	private final JobLaunches launches;

	private final JobAttempts attempts;

	private final PeriodRuns periodRuns;

	private final Backfills backfills;

	private final ConsoleLaunches background;

	private final AdminAudit audit;

	private final List<PeriodSignatures> signatures;

	RunController(JobDefinitions definitions, JobLaunches launches, JobAttempts attempts, PeriodRuns periodRuns,
			Backfills backfills, ConsoleLaunches background, AdminAudit audit, List<PeriodSignatures> signatures) {
		this.definitions = definitions;
		this.launches = launches;
		this.attempts = attempts;
		this.periodRuns = periodRuns;
		this.backfills = backfills;
		this.background = background;
		this.audit = audit;
		this.signatures = signatures;
	}

	@GetMapping("/run")
	String runForm(@RequestParam(required = false) String job, Model model) {
		form(model, "run", job, Map.of());
		return "executions/run";
	}

	@PostMapping("/run")
	String run(@RequestParam String job, @RequestParam Map<String, String> form,
			@RequestParam(required = false) String confirm, Model model, RedirectAttributes redirect) {
		JobDefinition definition = form(model, "run", job, values(form));
		Job batchJob = this.launches.find(definition.jobName()).orElseThrow();
		boolean rerun = "on".equals(form.get("rerun")) || "true".equals(form.get("rerun"));
		String reason = blankToNull(form.get("reason"));
		model.addAttribute("rerun", rerun);
		model.addAttribute("reason", reason);
		JobParameters parameters;
		try {
			parameters = parameters(definition, batchJob, values(form));
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("problem", ex.getMessage());
			return "executions/run";
		}
		Optional<Attempt> latest = this.attempts.latest(batchJob.getName(), parameters);
		PeriodState state = latest.map(Attempt::state).orElse(PeriodState.NONE);
		String target = batchJob.getName() + " " + JobLaunches.describe(parameters);
		model.addAttribute("plan", plan(state, latest.orElse(null), target, rerun));
		String refusal = refusal(state, latest.orElse(null), rerun, reason);
		model.addAttribute("refusal", refusal);
		if (confirm == null || refusal != null) {
			return "executions/run";
		}
		String action = (state == PeriodState.COMPLETED) ? "rerun" : "run";
		this.audit.record(action, target, reason, "accepted: runs in the console's process");
		StringBuilder superseded = new StringBuilder();
		if (state == PeriodState.COMPLETED) {
			this.signatures.forEach((signature) -> signature.supersede(batchJob.getName(), parameters, reason)
				.ifPresent((line) -> superseded.append(" ").append(line).append(".")));
		}
		Attempt attempt = latest.orElse(null);
		this.background.launch(target, () -> {
			try {
				JobExecution execution = this.periodRuns.run(batchJob, parameters, attempt);
				this.audit.record(action, batchJob.getName() + " " + JobLaunches.describe(execution.getJobParameters()),
						reason, "execution " + execution.getId() + ": " + execution.getStatus());
			}
			catch (LaunchException ex) {
				this.audit.record(action, target, reason, "refused: " + ex.getMessage());
			}
		});
		redirect.addFlashAttribute("notice",
				"Đã bắt đầu " + target + ": lần chạy hiện trong danh sách khi khởi động." + superseded);
		return "redirect:/executions?job=" + batchJob.getName();
	}

	@GetMapping("/backfill")
	String backfillForm(@RequestParam(required = false) String job, Model model) {
		form(model, "backfill", job, Map.of());
		return "executions/backfill";
	}

	@PostMapping("/backfill")
	String backfill(@RequestParam String job, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String confirm, Model model,
			RedirectAttributes redirect) {
		form(model, "backfill", job, Map.of());
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		Backfills.Plan plan;
		try {
			plan = this.backfills.plan(job, (from != null) ? from.trim() : "", (to != null) ? to.trim() : "");
		}
		catch (RuntimeException ex) {
			model.addAttribute("problem", ex.getMessage());
			return "executions/backfill";
		}
		model.addAttribute("backfill", plan);
		if (confirm == null) {
			return "executions/backfill";
		}
		this.audit.record("backfill", plan.range(), null, "accepted: runs in the console's process, "
				+ plan.steps().size() + " period(s)");
		this.background.launch("backfill " + plan.range(), () -> this.backfills.run(plan, (line) -> {
		}));
		redirect.addFlashAttribute("notice", "Đã bắt đầu chạy bù " + plan.range() + ".");
		return "redirect:/executions?job=" + plan.job().getName();
	}

	/** Put the jobs, the chosen one and the values typed in the model; @return the chosen job */
	private JobDefinition form(Model model, String kind, String job, Map<String, String> values) {
		List<JobDefinition> all = this.definitions.all()
			.stream()
			.filter((definition) -> !"backfill".equals(kind) || definition.period() != null)
			.toList();
		JobDefinition chosen = (job != null) ? this.definitions.find(job).orElse(all.get(0)) : all.get(0);
		model.addAttribute("definitions", all);
		model.addAttribute("definition", chosen);
		model.addAttribute("values", values);
		return chosen;
	}

	private JobParameters parameters(JobDefinition definition, Job job, Map<String, String> values) {
		JobParameters parameters = this.launches.complete(job, JobDefinitions.parse(definition, values));
		List<String> missing = JobDefinitions.missing(definition, parameters);
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("Thiếu tham số: " + String.join(", ", missing));
		}
		try {
			if (job.getJobParametersValidator() != null) {
				job.getJobParametersValidator().validate(parameters);
			}
		}
		catch (InvalidJobParametersException ex) {
			throw new IllegalArgumentException(ex.getMessage());
		}
		return parameters;
	}

	private static String plan(PeriodState state, Attempt latest, String target, boolean rerun) {
		switch (state) {
			case NONE:
				return "Chạy mới " + target + ".";
			case RESTARTABLE:
				return "Khởi động lại lần chạy #" + latest.executionId() + " (" + latest.status()
						+ ") từ bước chưa hoàn thành.";
			case ABANDONED:
				return "Lần chạy #" + latest.executionId() + " đã bị bỏ: chạy lần thử " + (latest.number() + 1) + ".";
			case COMPLETED:
				return rerun ? "Kỳ này đã hoàn thành (#" + latest.executionId() + "): chạy lại thành lần thử "
						+ (latest.number() + 1) + "." : "Kỳ này đã hoàn thành (#" + latest.executionId() + ").";
			default:
				return "Lần chạy #" + latest.executionId() + " đang chạy (" + latest.status() + ").";
		}
	}

	private static String refusal(PeriodState state, Attempt latest, boolean rerun, String reason) {
		if (state == PeriodState.COMPLETED && !rerun) {
			return "Kỳ này đã hoàn thành: muốn chạy lại, hãy chọn \"Chạy lại\" và ghi lý do.";
		}
		if (rerun && reason == null) {
			return "Chạy lại cần có lý do (ghi vào nhật ký).";
		}
		if (state == PeriodState.RUNNING || state == PeriodState.UNKNOWN) {
			return "Lần chạy #" + latest.executionId() + " chưa kết thúc (" + latest.status()
					+ "): xem trang của nó; nếu tiến trình đã chết, hãy Khôi phục trước.";
		}
		return null;
	}

	private static Map<String, String> values(Map<String, String> form) {
		Map<String, String> values = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith(FIELD) && value != null && !value.isBlank()) {
				values.put(name.substring(FIELD.length()), value.trim());
			}
		});
		return values;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
