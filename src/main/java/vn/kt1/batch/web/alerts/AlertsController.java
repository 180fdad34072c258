package vn.kt1.batch.web.alerts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kt1.batch.admin.AdminAudit;
import vn.kt1.batch.alert.Outbox;
import vn.kt1.batch.alert.RecipientsStore;
import vn.kt1.batch.alert.Topic;
import vn.kt1.batch.web.NotFoundException;

/**
 * Cảnh báo: who receives each topic's messages (set here by an administrator, in place of
 * the configuration's), and the outbox: the newest messages with their state, attempts and
 * last error; a message that failed or was held is sent again from here. Every change is
 * audited.
 */
@Controller
class AlertsController {

	/** The outbox's states in Vietnamese. */
	private static final Map<String, String> STATES = new LinkedHashMap<>();

	static {
		STATES.put("PENDING", "Chờ gửi");
		STATES.put("SENDING", "Đang gửi");
		STATES.put("SENT", "Đã gửi");
		STATES.put("FAILED", "Gửi lỗi");
		STATES.put("HELD", "Chưa có người nhận");
	}

	private static final int MESSAGES = 50;

	private final RecipientsStore recipients;

	private final Outbox outbox;

	private final AdminAudit audit;

	AlertsController(RecipientsStore recipients, Outbox outbox, AdminAudit audit) {
		this.recipients = recipients;
		this.outbox = outbox;
		this.audit = audit;
	}

	@GetMapping("/alerts")
	String alerts(@RequestParam(required = false) String status, Model model) {
		String shown = (status != null && STATES.containsKey(status)) ? status : null;
		model.addAttribute("topics", this.recipients.all());
		model.addAttribute("counts", this.outbox.counts());
		model.addAttribute("messages", this.outbox.list(shown, MESSAGES));
		model.addAttribute("status", shown);
		model.addAttribute("states", Collections.unmodifiableMap(STATES));
		return "alerts";
	}

	@PostMapping("/alerts/recipients/{topic}")
	String setRecipients(@PathVariable String topic, @RequestParam(required = false) String addresses,
			Authentication user, RedirectAttributes redirect) {
		Topic chosen = topic(topic);
		try {
			redirect.addFlashAttribute("notice", this.audit.audited("alert recipients", "topic " + chosen.key(), null,
					() -> {
						List<String> stored = this.recipients.set(chosen, addresses, user.getName());
						return "recipients of " + chosen.key() + ": "
								+ (stored.isEmpty() ? "nobody" : String.join(", ", stored));
					}));
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "Không lưu được người nhận " + chosen.label() + ": " + ex.getMessage());
		}
		return "redirect:/alerts";
	}

	@PostMapping("/alerts/recipients/{topic}/reset")
	String resetRecipients(@PathVariable String topic, RedirectAttributes redirect) {
		Topic chosen = topic(topic);
		redirect.addFlashAttribute("notice", this.audit.audited("alert recipients", "topic " + chosen.key(), null,
				() -> this.recipients.reset(chosen) ? "recipients of " + chosen.key() + " from the configuration again"
						: "recipients of " + chosen.key() + " were already the configuration's"));
		return "redirect:/alerts";
	}

	@PostMapping("/alerts/messages/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		this.outbox.find(id).orElseThrow(() -> new NotFoundException("Không có thư #" + id));
		redirect.addFlashAttribute("notice", this.audit.audited("alert retry", "message " + id, null,
				() -> this.outbox.retry(id) ? "message " + id + " will be sent again"
						: "message " + id + " is sent or being sent; not sent again"));
		return "redirect:/alerts";
	}

	private static Topic topic(String key) {
		return Topic.ofKey(key)
			.filter((topic) -> topic != Topic.TEST)
			.orElseThrow(() -> new NotFoundException("Không có chủ đề cảnh báo '" + key + "'"));
	}

}
