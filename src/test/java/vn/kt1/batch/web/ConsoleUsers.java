package vn.kt1.batch.web;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** One test account per role: {@code admin}, {@code operator}, {@code finance}, {@code viewer}. */
public final class ConsoleUsers {

	public static final String PASSWORD = "mật-khẩu-thử-1";

	private static final String HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);

	private ConsoleUsers() {
	}

	/** Replace every account with one per role, named after it in lower case. */
	public static void reset(JdbcTemplate jdbc) {
		jdbc.update("DELETE FROM web_user");
		Timestamp now = Timestamp.valueOf(LocalDateTime.now());
		for (Role role : Role.values()) {
			jdbc.update("INSERT INTO web_user (username, password_hash, role, enabled, created_at, password_changed_at) "
					+ "VALUES (?, ?, ?, TRUE, ?, ?)", name(role), HASH, role.name(), now, now);
		}
	}

	public static String name(Role role) {
		return role.name().toLowerCase(java.util.Locale.ROOT);
	}

}
