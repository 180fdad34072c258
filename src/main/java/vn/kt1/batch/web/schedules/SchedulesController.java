package vn.kt1.batch.web.schedules;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kt1.batch.schedule.ScheduleConsole;
import vn.kt1.batch.web.NotFoundException;
import vn.kt1.batch.web.executions.ConsoleLaunches;

/** Lịch chạy: the schedules with their next fire times; pause, resume, trigger now. */
@Controller
class SchedulesController {

	private final ScheduleConsole schedules;

	private final ConsoleLaunches background;

	SchedulesController(ScheduleConsole schedules, ConsoleLaunches background) {
		this.schedules = schedules;
		this.background = background;
	}

	@GetMapping("/schedules")
	String list(Model model) {
		model.addAttribute("schedules", this.schedules.list());
		model.addAttribute("serving", this.schedules.serving());
		return "schedules";
	}

	@PostMapping("/schedules/{name}/{action}")
	String act(@PathVariable String name, @PathVariable String action, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		String why = (reason != null && !reason.isBlank()) ? reason.trim() : null;
		try {
			String result = switch (action) {
				case "pause" -> this.schedules.pause(name, why);
				case "resume" -> this.schedules.resume(name, why);
				case "trigger" -> this.schedules.trigger(name, why, this.background.executor());
				default -> throw new NotFoundException("Không có thao tác '" + action + "'");
			};
			redirect.addFlashAttribute("notice", result);
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("problem", "Không thực hiện được: " + ex.getMessage());
		}
		return "redirect:/schedules";
	}

}
