package vn.kt1.batch.admin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes every administrative action to {@code admin_audit}, whatever its outcome: who (the
 * operating system's user and, for an action taken in the web console, the console's user),
 * what, on what, why and how it ended.
 */
@Repository
public class AdminAudit {

	private final JdbcTemplate jdbc;

	AdminAudit(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Run an action and record its outcome: the line it returns, or {@code refused: } and
	 * the message of what it throws (which is thrown on).
	 * @return the action's line
	 */
	public String audited(String action, String target, String reason, Supplier<String> act) {
		String result;
		try {
			result = act.get();
		}
		catch (RuntimeException ex) {
			record(action, target, reason, "refused: " + ex.getMessage());
			throw ex;
		}
		record(action, target, reason, result);
		return result;
	}

	public void record(String action, String target, String reason, String result) {
		this.jdbc.update("INSERT INTO admin_audit (at, os_user, web_user, action, target, reason, result) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?)", Timestamp.from(Instant.now()), System.getProperty("user.name"),
				webUser(), action, truncate(target, 200), (reason != null) ? truncate(reason, 1000) : null,
				truncate(result, 2000));
	}

	/** @return the web console's user this thread acts for, or {@code null} (the command line) */
	public static String webUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) ? authentication.getName() : null;
	}

	private static String truncate(String text, int max) {
		return (text.length() > max) ? text.substring(0, max) : text;
	}

}
