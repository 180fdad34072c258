package vn.kt1.batch.estimate;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the estimate tables. */
public final class EstimateTestSupport {

	private EstimateTestSupport() {
	}

	public static void clear(JdbcTemplate jdbc) {
		for (String table : new String[] { "estimate_backtest_agency", "estimate_backtest", "estimate_price",
				"estimate_service", "estimate_agency", "estimate_run" }) {
			jdbc.update("DELETE FROM " + table);
		}
	}

}
