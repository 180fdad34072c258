package vn.kt1.batch.web.user;

import java.time.LocalDateTime;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kt1.batch.admin.AdminAudit;
import vn.kt1.batch.web.NotFoundException;
import vn.kt1.batch.web.Role;

/**
 * Người dùng (ADMIN): the accounts, their role and state; add one, change a role, disable,
 * enable (which also unlocks), set a password. Every change is audited. The last enabled
 * administrator cannot be disabled or demoted.
 */
@Controller
class UsersController {

	private final WebUserStore users;

	private final AdminAudit audit;

	UsersController(WebUserStore users, AdminAudit audit) {
		this.users = users;
		this.audit = audit;
	}

	@GetMapping("/users")
	String users(Model model) {
		model.addAttribute("users", this.users.all());
		model.addAttribute("roles", Role.values());
		model.addAttribute("now", LocalDateTime.now());
		return "users";
	}

	@PostMapping("/users")
	String add(@RequestParam String username, @RequestParam String role, @RequestParam String password,
			RedirectAttributes redirect) {
		return change(redirect, "user add", username, () -> {
			this.users.add(username.trim(), Role.valueOf(role), password);
			return "user " + username.trim() + " added with role " + role;
		});
	}

	@PostMapping("/users/{username}/{action}")
	String act(@PathVariable String username, @PathVariable String action, @RequestParam(required = false) String role,
			@RequestParam(required = false) String password, RedirectAttributes redirect) {
		WebUser user = this.users.find(username).orElseThrow(() -> new NotFoundException("Không có người dùng " + username));
		return change(redirect, "user " + action, username, () -> switch (action) {
			case "disable" -> {
				keepAnAdministrator(user, null);
				this.users.setEnabled(username, false);
				yield "user " + username + " disabled";
			}
			case "enable" -> {
				this.users.setEnabled(username, true);
				yield "user " + username + " enabled";
			}
			case "role" -> {
				Role next = Role.valueOf(role);
				keepAnAdministrator(user, next);
				this.users.setRole(username, next);
				yield "user " + username + " now " + next;
			}
			case "password" -> {
				this.users.changePassword(username, password);
				yield "password of " + username + " changed";
			}
			default -> throw new NotFoundException("Không có thao tác '" + action + "'");
		});
	}

	private void keepAnAdministrator(WebUser user, Role next) {
		if (user.role() == Role.ADMIN && user.enabled() && next != Role.ADMIN && this.users.admins() <= 1) {
			throw new IllegalArgumentException("the last enabled administrator stays an administrator");
		}
	}

	private String change(RedirectAttributes redirect, String action, String username,
			java.util.function.Supplier<String> change) {
		try {
			redirect.addFlashAttribute("notice", this.audit.audited(action, "user " + username, null, change));
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "Không thực hiện được: " + ex.getMessage());
		}
		return "redirect:/users";
	}

}
