package vn.kt1.batch.admin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes every administrative action to {@code admin_audit}, whatever its outcome. */
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
		this.jdbc.update("INSERT INTO admin_audit (at, os_user, action, target, reason, result) "
				+ "VALUES (?, ?, ?, ?, ?, ?)", Timestamp.from(Instant.now()), System.getProperty("user.name"), action,
				target, reason, (result.length() > 2000) ? result.substring(0, 2000) : result);
	}

}
