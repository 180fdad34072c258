package vn.kt1.batch.web.reconcile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kt1.batch.admin.AdminAudit;
import vn.kt1.batch.reconcile.decision.DecisionStatus;
import vn.kt1.batch.reconcile.decision.MonthDecisions;
import vn.kt1.batch.reconcile.signoff.MonthSignoffs;
import vn.kt1.batch.reconcile.signoff.Signoff;
import vn.kt1.batch.reconcile.signoff.SignoffException;
import vn.kt1.batch.reconcile.tally.Flag;
import vn.kt1.batch.reconcile.workbook.ReconciliationWorkbook;
import vn.kt1.batch.web.Downloads;
import vn.kt1.batch.web.NotFoundException;
import vn.kt1.batch.web.Paging;
import vn.kt1.batch.web.WebProperties;

/**
 * Đối soát: the reconciled months with their flag counts; a month's agencies by flag, level
 * and category; an agency-month's exceptions and items; the month's workbook; the month's
 * sign-off by a finance officer; on an agency-month's page, finance staff's decisions and
 * adjustments beside the reconciled figures.
 */
@Controller
class ReconcileController {

	private final ReconcileQueries queries;

	private final ReconciliationWorkbook workbook;

	private final AdminAudit audit;

	private final WebProperties properties;

	private final MonthSignoffs signoffs;

	private final MonthDecisions decisions;

	ReconcileController(ReconcileQueries queries, ReconciliationWorkbook workbook, AdminAudit audit,
			WebProperties properties, MonthSignoffs signoffs, MonthDecisions decisions) {
		this.queries = queries;
		this.workbook = workbook;
		this.audit = audit;
		this.properties = properties;
		this.signoffs = signoffs;
		this.decisions = decisions;
	}

	@GetMapping("/reconcile")
	String months(@RequestParam(required = false) Integer page, Model model) {
		Paging paging = Paging.of(page, 12, this.queries.months());
		model.addAttribute("months", this.queries.months(paging));
		model.addAttribute("paging", paging);
		model.addAttribute("flags", Flag.values());
		return "reconcile/months";
	}

	@GetMapping("/reconcile/{month}")
	String month(@PathVariable String month, @RequestParam(required = false) String flag,
			@RequestParam(required = false) String level, @RequestParam(required = false) String category,
			@RequestParam(required = false) String code, @RequestParam(required = false) Integer page, Model model) {
		ReconcileQueries.Month run = run(month);
		if (flag != null && !flag.isBlank() && List.of(Flag.values()).stream().noneMatch((f) -> f.name().equals(flag))) {
			throw new NotFoundException("Không có cờ đối soát '" + flag + "'");
		}
		ReconcileQueries.AgencyFilter filter = new ReconcileQueries.AgencyFilter(flag, level, category, code);
		Paging paging = Paging.of(page, this.properties.pageSize(), this.queries.countAgencies(run.runId(), filter));
		model.addAttribute("run", run);
		model.addAttribute("filter", filter);
		model.addAttribute("rows", this.queries.agencies(run.runId(), filter, paging));
		model.addAttribute("paging", paging);
		model.addAttribute("flags", Flag.values());
		model.addAttribute("levels", List.of("TINH", "KHU_VUC", "XA", "DAC_BIET"));
		model.addAttribute("categories", this.queries.categories());
		model.addAttribute("signoff", this.signoffs.standing(YearMonth.parse(run.month())).orElse(null));
		model.addAttribute("signoffs", this.signoffs.history(YearMonth.parse(run.month()), YearMonth.parse(run.month())));
		model.addAttribute("decided", this.decisions.totals(YearMonth.parse(run.month()), YearMonth.parse(run.month())));
		return "reconcile/month";
	}

	/** A finance officer signs the month's current run (audited; a signed month waits for a person). */
	@PostMapping("/reconcile/{month}/signoff")
	String signoff(@PathVariable String month, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		ReconcileQueries.Month run = run(month);
		try {
			Signoff signoff = this.signoffs.sign(YearMonth.parse(run.month()), reason);
			redirect.addFlashAttribute("notice", "Đã ký xác nhận đối soát tháng " + month + ": " + signoff.line() + ".");
		}
		catch (SignoffException ex) {
			redirect.addFlashAttribute("problem", "Không ký được: " + ex.getMessage() + ".");
		}
		return "redirect:/reconcile/" + run.month();
	}

	@GetMapping("/reconcile/{month}/agency/{code}")
	String agency(@PathVariable String month, @PathVariable String code,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer itemPage,
			Model model) {
		ReconcileQueries.Month run = run(month);
		ReconcileQueries.AgencyRow agency = this.queries.agency(run.runId(), code)
			.orElseThrow(() -> new NotFoundException("Đơn vị " + code + " không có trong đối soát tháng " + month));
		Paging exceptions = Paging.of(page, this.properties.pageSize(),
				this.queries.countExceptions(run.runId(), code));
		YearMonth yearMonth = YearMonth.parse(run.month());
		Paging items = Paging.of(itemPage, this.properties.pageSize(), this.queries.countItems(yearMonth, code));
		model.addAttribute("run", run);
		model.addAttribute("agency", agency);
		model.addAttribute("exceptions", this.queries.exceptions(run.runId(), code, exceptions));
		model.addAttribute("paging", exceptions);
		model.addAttribute("items", this.queries.items(yearMonth, code, items));
		model.addAttribute("itemPaging", items);
		List<DecisionStatus> decided = this.decisions.of(yearMonth, code);
		model.addAttribute("decisions", decided);
		model.addAttribute("decided", MonthDecisions.totals(decided));
		return "reconcile/agency";
	}

	@GetMapping("/reconcile/{month}/workbook")
	void workbook(@PathVariable String month, HttpServletResponse response) throws IOException {
		ReconcileQueries.Month run = run(month);
		Path file = Files.createTempFile("kt1-doi-soat-", ".xlsx");
		try {
			this.workbook.write(run.runId(), file);
			Downloads.send(response, file, "doi-soat-" + run.month() + ".xlsx", Downloads.XLSX);
		}
		finally {
			Files.deleteIfExists(file);
		}
		this.audit.record("download reconciliation", "month " + run.month() + " run " + run.runId(), null,
				"workbook sent");
	}

	private ReconcileQueries.Month run(String month) {
		try {
			return this.queries.month(YearMonth.parse(month))
				.orElseThrow(() -> new NotFoundException("Tháng " + month + " chưa được đối soát"));
		}
		catch (DateTimeParseException ex) {
			throw new NotFoundException("'" + month + "' không phải là tháng YYYY-MM");
		}
	}

}
