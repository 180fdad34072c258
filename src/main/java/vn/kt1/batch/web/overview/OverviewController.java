package vn.kt1.batch.web.overview;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.kt1.batch.estimate.EstimateParameters;
import vn.kt1.batch.schedule.ScheduleConsole;

/**
 * Tổng quan: last night's chain, the files it loaded or refused, the data checks that need
 * someone, the schedules' next fire times and the coming deadlines.
 */
@Controller
class OverviewController {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final OverviewQueries queries;

	private final ScheduleConsole schedules;

	OverviewController(OverviewQueries queries, ScheduleConsole schedules) {
		this.queries = queries;
		this.schedules = schedules;
	}

	@GetMapping("/")
	String overview(Model model) {
		Optional<LocalDateTime> start = this.queries.lastChainStart();
		model.addAttribute("chainStart", start.orElse(null));
		model.addAttribute("runs", start.map(this.queries::runsSince).orElse(List.of()));
		model.addAttribute("fileCounts", start.map(this.queries::fileCounts).orElse(java.util.Map.of()));
		model.addAttribute("refused", start.map(this.queries::refusedSince).orElse(List.of()));
		List<OverviewQueries.Attention> checks = this.queries.checksToLookAt();
		model.addAttribute("checks", checks.stream().limit(10).toList());
		model.addAttribute("checkCount", checks.size());
		List<ScheduleConsole.Row> schedules = this.schedules.list();
		model.addAttribute("schedules", schedules);
		model.addAttribute("deadlines", deadlines(LocalDate.now(VIETNAM), schedules));
		return "overview";
	}

	/**
	 * @return the year-end report's legal deadline (10 December) and the day the estimate's
	 * schedule makes next year's estimate (its next fire; 15 June without a schedule)
	 */
	private List<Deadline> deadlines(LocalDate today, List<ScheduleConsole.Row> schedules) {
		int reportYear = today.isAfter(LocalDate.of(today.getYear(), 12, 10)) ? today.getYear() + 1 : today.getYear();
		LocalDate report = LocalDate.of(reportYear, 12, 10);
		LocalDate estimate = schedules.stream()
			.filter((schedule) -> EstimateParameters.JOB.equals(schedule.target()) && schedule.nextFire() != null)
			.map((schedule) -> schedule.nextFire().toLocalDate())
			.findFirst()
			.orElseGet(() -> {
				LocalDate june = LocalDate.of(today.getYear(), 6, 15);
				return today.isAfter(june) ? june.plusYears(1) : june;
			});
		int budgetYear = estimate.getYear() + 1;
		return List.of(
				new Deadline(report, "Báo cáo cung ứng và sử dụng KT1 năm " + reportYear + " (hạn 10/12)",
						this.queries.reported(reportYear) ? "Đã lập" : "Chưa lập"),
				new Deadline(estimate, "Dự toán kinh phí KT1 năm " + budgetYear + " (theo lịch chạy estimate)",
						this.queries.estimated(budgetYear) ? "Đã lập" : "Chưa lập"));
	}

	/**
	 * A date something is due.
	 *
	 * @param due the day
	 * @param what what is due
	 * @param state whether it is done
	 */
	record Deadline(LocalDate due, String what, String state) {

		public long daysLeft() {
			return java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(VIETNAM), this.due);
		}

	}

}
