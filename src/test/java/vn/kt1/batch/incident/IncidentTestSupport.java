package vn.kt1.batch.incident;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the incidents register. */
public final class IncidentTestSupport {

	private IncidentTestSupport() {
	}

	public static void clear(JdbcTemplate jdbc) {
		jdbc.update("DELETE FROM incident");
		jdbc.update("DELETE FROM incident_import");
	}

}
