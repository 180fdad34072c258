package vn.kt1.batch.alert;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the outbox. */
public final class AlertTestSupport {

	private AlertTestSupport() {
	}

	public static void clear(JdbcTemplate jdbc) {
		for (String table : new String[] { "alert_attachment", "alert_event", "alert_outbox", "alert_recipients" }) {
			jdbc.update("DELETE FROM " + table);
		}
	}

	/** Let the messages waiting between attempts be due now, as if their wait had passed. */
	public static void waitPassed(JdbcTemplate jdbc) {
		jdbc.update("UPDATE alert_outbox SET next_attempt_at = NOW(6) WHERE status = 'PENDING'");
	}

}
