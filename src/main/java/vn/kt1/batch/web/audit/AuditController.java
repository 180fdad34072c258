package vn.kt1.batch.web.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.kt1.batch.web.Paging;
import vn.kt1.batch.web.WebProperties;

/** Nhật ký (ADMIN): {@code admin_audit}, newest first, by user and action. */
@Controller
class AuditController {

	private final JdbcTemplate jdbc;

	private final WebProperties properties;

	AuditController(JdbcTemplate jdbc, WebProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@GetMapping("/audit")
	String audit(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
			@RequestParam(required = false) Integer page, Model model) {
		List<Object> arguments = new ArrayList<>();
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		if (user != null && !user.isBlank()) {
			where.append(" AND (web_user = ? OR (web_user IS NULL AND os_user = ?))");
			arguments.add(user.trim());
			arguments.add(user.trim());
		}
		if (action != null && !action.isBlank()) {
			where.append(" AND action = ?");
			arguments.add(action.trim());
		}
		Paging paging = Paging.of(page, this.properties.pageSize(),
				this.jdbc.queryForObject("SELECT COUNT(*) FROM admin_audit" + where, Long.class, arguments.toArray()));
		List<Object> pageArguments = new ArrayList<>(arguments);
		pageArguments.add(paging.size());
		pageArguments.add(paging.offset());
		model.addAttribute("rows", this.jdbc.query("SELECT at, os_user, web_user, action, target, reason, result "
				+ "FROM admin_audit" + where + " ORDER BY id DESC LIMIT ? OFFSET ?",
				(rs, n) -> new Row(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)),
				pageArguments.toArray()));
		model.addAttribute("paging", paging);
		model.addAttribute("user", user);
		model.addAttribute("action", action);
		model.addAttribute("actions", this.jdbc.queryForList("SELECT DISTINCT action FROM admin_audit ORDER BY action",
				String.class));
		return "audit";
	}

	record Row(java.time.LocalDateTime at, String osUser, String webUser, String action, String target, String reason,
			String result) {
	}

}
