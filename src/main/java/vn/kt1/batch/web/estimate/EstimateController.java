package vn.kt1.batch.web.estimate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.kt1.batch.admin.AdminAudit;
import vn.kt1.batch.web.Downloads;
import vn.kt1.batch.web.Formats;
import vn.kt1.batch.web.NotFoundException;
import vn.kt1.batch.web.Paging;
import vn.kt1.batch.web.WebProperties;

/**
 * Dự toán: each year's estimate with its totals by level and category, the backtest and a
 * chart of estimated against charged, every agency's basis, and the workbook for the
 * Department of Finance exactly as the job wrote it.
 */
@Controller
class EstimateController {

	private final EstimateQueries queries;

	private final Formats formats;

	private final AdminAudit audit;

	private final WebProperties properties;

	EstimateController(EstimateQueries queries, Formats formats, AdminAudit audit, WebProperties properties) {
		this.queries = queries;
		this.formats = formats;
		this.audit = audit;
		this.properties = properties;
	}

	@GetMapping("/estimates")
	String years(Model model) {
		model.addAttribute("runs", this.queries.runs());
		return "estimate/years";
	}

	@GetMapping("/estimates/{year}")
	String year(@PathVariable int year, @RequestParam(required = false) Long run,
			@RequestParam(required = false) String level, @RequestParam(required = false) String category,
			@RequestParam(required = false) String basis, @RequestParam(required = false) boolean review,
			@RequestParam(required = false) String code, @RequestParam(required = false) Integer page, Model model) {
		EstimateQueries.Run estimate = find(year, run);
		EstimateQueries.Filter filter = new EstimateQueries.Filter(level, category, basis, review, code);
		Paging paging = Paging.of(page, this.properties.pageSize(), this.queries.countAgencies(estimate.id(), filter));
		List<EstimateQueries.Group> groups = this.queries.groups(estimate.id());
		model.addAttribute("run", estimate);
		model.addAttribute("groups", groups);
		model.addAttribute("totalAgencies", groups.stream().mapToInt(EstimateQueries.Group::agencies).sum());
		model.addAttribute("totalAmount", groups.stream().mapToLong(EstimateQueries.Group::amount).sum());
		model.addAttribute("backtest", this.queries.backtest(estimate.id()).orElse(null));
		List<EstimateQueries.Bar> bars = this.queries.backtestBars(estimate.id());
		model.addAttribute("chart", bars.isEmpty() ? null : BacktestChart.of(bars, this.formats::level));
		model.addAttribute("filter", filter);
		model.addAttribute("agencies", this.queries.agencies(estimate.id(), filter, paging));
		model.addAttribute("paging", paging);
		model.addAttribute("levels", List.of("TINH", "KHU_VUC", "XA", "DAC_BIET"));
		model.addAttribute("categories", groups.stream().map(EstimateQueries.Group::category).distinct().sorted().toList());
		model.addAttribute("workbookExists", estimate.workbook() != null && Files.isRegularFile(Path.of(estimate.workbook())));
		return "estimate/year";
	}

	@GetMapping("/estimates/{year}/workbook")
	void workbook(@PathVariable int year, @RequestParam(required = false) Long run, HttpServletResponse response)
			throws IOException {
		EstimateQueries.Run estimate = find(year, run);
		Path file = (estimate.workbook() != null) ? Path.of(estimate.workbook()) : null;
		if (file == null || !Files.isRegularFile(file)) {
			throw new NotFoundException("Tệp dự toán của lần tính #" + estimate.id() + " không còn trên máy chủ ("
					+ estimate.workbook() + "); lệnh kt1 estimate " + year + " ghi lại tệp.");
		}
		Downloads.send(response, file, file.getFileName().toString(), Downloads.XLSX);
		this.audit.record("download estimate", "estimate " + year + " run " + estimate.id(), null,
				"sent " + file.getFileName());
	}

	private EstimateQueries.Run find(int year, Long run) {
		return this.queries.run(year, run)
			.orElseThrow(() -> new NotFoundException("Năm " + year + " chưa có dự toán" + ((run != null) ? " #" + run : "")));
	}

}
