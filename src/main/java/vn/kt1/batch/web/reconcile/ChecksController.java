package vn.kt1.batch.web.reconcile;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kt1.batch.admin.AdminAudit;
import vn.kt1.batch.web.NotFoundException;
import vn.kt1.batch.web.Paging;
import vn.kt1.batch.web.WebProperties;

/**
 * Kiểm tra dữ liệu: the checks of the reconciled months; a WARNING acknowledged with a note,
 * an ERROR overridden with a reason (then it blocks no estimate or report), both audited.
 */
@Controller
class ChecksController {

	private final CheckQueries queries;

	private final AdminAudit audit;

	private final WebProperties properties;

	ChecksController(CheckQueries queries, AdminAudit audit, WebProperties properties) {
		this.queries = queries;
		this.audit = audit;
		this.properties = properties;
	}

	@GetMapping("/checks")
	String checks(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String severity, @RequestParam(required = false) boolean attention,
			@RequestParam(required = false) Integer page, Model model) {
		CheckQueries.Filter filter = new CheckQueries.Filter(from, to, severity, attention);
		Paging paging = Paging.of(page, this.properties.pageSize(), this.queries.count(filter));
		model.addAttribute("rows", this.queries.page(filter, paging));
		model.addAttribute("paging", paging);
		model.addAttribute("filter", filter);
		model.addAttribute("severities", List.of("ERROR", "WARNING", "INFO", "OK"));
		return "reconcile/checks";
	}

	@PostMapping("/checks/{id}/acknowledge")
	String acknowledge(@PathVariable long id, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		CheckQueries.Row check = find(id);
		if (!"WARNING".equals(check.severity())) {
			redirect.addFlashAttribute("problem", "Chỉ xác nhận được cảnh báo (WARNING).");
		}
		else if (note == null || note.isBlank()) {
			redirect.addFlashAttribute("problem", "Hãy ghi nhận xét khi xác nhận cảnh báo.");
		}
		else {
			this.queries.acknowledge(id, AdminAudit.webUser(), note.trim());
			this.audit.record("acknowledge check", target(check), note.trim(), "acknowledged");
			redirect.addFlashAttribute("notice", "Đã xác nhận cảnh báo " + check.check() + " tháng " + check.month() + ".");
		}
		return "redirect:/checks?from=" + check.month() + "&to=" + check.month();
	}

	@PostMapping("/checks/{id}/override")
	String override(@PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		CheckQueries.Row check = find(id);
		if (!"ERROR".equals(check.severity())) {
			redirect.addFlashAttribute("problem", "Chỉ bỏ qua được lỗi (ERROR).");
		}
		else if (reason == null || reason.isBlank()) {
			redirect.addFlashAttribute("problem", "Hãy ghi lý do bỏ qua lỗi: lý do được lưu cùng dự toán và báo cáo.");
		}
		else {
			this.queries.override(id, AdminAudit.webUser(), reason.trim());
			this.audit.record("override check", target(check), reason.trim(),
					"overridden: no longer blocks estimates and reports");
			redirect.addFlashAttribute("notice", "Đã bỏ qua lỗi " + check.check() + " tháng " + check.month()
					+ ": dự toán và báo cáo không còn bị chặn bởi lỗi này.");
		}
		return "redirect:/checks?from=" + check.month() + "&to=" + check.month();
	}

	private CheckQueries.Row find(long id) {
		return this.queries.find(id).orElseThrow(() -> new NotFoundException("Không có kiểm tra #" + id));
	}

	private static String target(CheckQueries.Row check) {
		return "data check " + check.id() + " (" + check.month() + " " + check.check() + ", run " + check.runId() + ")";
	}

}
