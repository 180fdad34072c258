package vn.kt1.batch.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * What every page's frame shows: the signed-in user, their role, and the menu with only the
 * pages their role may open.
 */
@ControllerAdvice
class ConsoleModel {

	private static final List<MenuItem> MENU = List.of(new MenuItem("/", "Tổng quan"),
			new MenuItem("/executions", "Lần chạy"), new MenuItem("/schedules", "Lịch chạy"),
			new MenuItem("/files", "Tệp đầu vào"), new MenuItem("/reconcile", "Đối soát"),
			new MenuItem("/checks", "Kiểm tra dữ liệu"), new MenuItem("/quality", "Chất lượng"),
			new MenuItem("/estimates", "Dự toán"), new MenuItem("/reports", "Báo cáo"),
			new MenuItem("/reference/agencies", "Danh mục"), new MenuItem("/alerts", "Cảnh báo"),
			new MenuItem("/users", "Người dùng"), new MenuItem("/audit", "Nhật ký"));

	@ModelAttribute("username")
	String username(Authentication authentication) {
		return (authentication != null) ? authentication.getName() : null;
	}

	/** @return the path of the page, for the menu's current entry */
	@ModelAttribute("path")
	String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** @return the first segment of the page's path, {@code /executions}: the menu's current entry */
	@ModelAttribute("section")
	String section(HttpServletRequest request) {
		return section(path(request));
	}

	static String section(String path) {
		if (path.equals("/run") || path.equals("/backfill")) {
			return "/executions";
		}
		int slash = path.indexOf('/', 1);
		return (slash > 0) ? path.substring(0, slash) : path;
	}

	/** @return the page's own URL with its query but without {@code page}, ending in {@code ?} or {@code &} */
	@ModelAttribute("pageBase")
	String pageBase(HttpServletRequest request) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(request.getRequestURI());
		request.getParameterMap().forEach((name, values) -> {
			if (!"page".equals(name) && !name.startsWith("_")) {
				for (String value : values) {
					builder.queryParam(name, UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
				}
			}
		});
		String url = builder.build(true).toUriString();
		return url + (url.contains("?") ? "&" : "?");
	}

	@ModelAttribute("role")
	Role role(Authentication authentication) {
		return role(authentication, null);
	}

	@ModelAttribute("menu")
	List<MenuItem> menu(Authentication authentication) {
		Role role = role(authentication, null);
		return (role != null) ? MENU.stream().filter((item) -> Access.mayOpen(role, item.path())).toList() : List.of();
	}

	/** @return the signed-in user's role, or {@code otherwise} */
	static Role role(Authentication authentication, Role otherwise) {
		if (authentication == null) {
			return otherwise;
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			for (Role role : Role.values()) {
				if (role.authority().equals(authority.getAuthority())) {
					return role;
				}
			}
		}
		return otherwise;
	}

	/**
	 * An entry of the menu.
	 *
	 * @param path the page
	 * @param label its name
	 */
	record MenuItem(String path, String label) {

		public String section() {
			return ConsoleModel.section(this.path);
		}

	}

}
