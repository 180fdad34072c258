package vn.kt1.batch.admin;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes every administrative action to {@code admin_audit}, whatever its outcome. */
@Repository
public class AdminAudit {

	private final JdbcTemplate jdbc;

	AdminAudit(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void record(String action, String target, String reason, String result) {
		this.jdbc.update("INSERT INTO admin_audit (at, os_user, action, target, reason, result) "
				+ "VALUES (?, ?, ?, ?, ?, ?)", Timestamp.from(Instant.now()), System.getProperty("user.name"), action,
				target, reason, (result.length() > 2000) ? result.substring(0, 2000) : result);
	}

}
