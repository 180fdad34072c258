package vn.kt1.batch.web.user;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kt1.batch.admin.AdminAudit;
import vn.kt1.batch.web.Role;

/** Tài khoản: who is signed in, what their role may do, and a change of their own password. */
@Controller
class AccountController {

	private final WebUserStore users;

	private final AdminAudit audit;

	AccountController(WebUserStore users, AdminAudit audit) {
		this.users = users;
		this.audit = audit;
	}

	@GetMapping("/account")
	String account(Authentication authentication, Model model) {
		model.addAttribute("account", this.users.find(authentication.getName()).orElse(null));
		model.addAttribute("roles", Role.values());
		return "account";
	}

	@PostMapping("/account/password")
	String password(Authentication authentication, @RequestParam String current, @RequestParam String password,
			@RequestParam String again, RedirectAttributes redirect) {
		String username = authentication.getName();
		try {
			this.audit.audited("password", "user " + username, null, () -> {
				if (!this.users.matches(username, current)) {
					throw new IllegalArgumentException("mật khẩu hiện tại không đúng");
				}
				if (!password.equals(again)) {
					throw new IllegalArgumentException("hai lần nhập mật khẩu mới khác nhau");
				}
				this.users.changePassword(username, password);
				return "password of " + username + " changed";
			});
			redirect.addFlashAttribute("notice", "Đã đổi mật khẩu.");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "Không đổi được mật khẩu: " + ex.getMessage());
		}
		return "redirect:/account";
	}

}
