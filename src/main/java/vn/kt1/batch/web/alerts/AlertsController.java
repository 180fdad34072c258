package vn.kt1.batch.web.alerts;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Cảnh báo: where the alerts sent by mail and their recipients will be shown and edited; for
 * now it says what is watched. The page, its menu entry and its access rule are in place.
 */
@Controller
class AlertsController {

	@GetMapping("/alerts")
	String alerts() {
		return "alerts";
	}

}
