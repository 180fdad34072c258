package vn.kt1.batch.reconcile;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the reconciliation tables. */
public final class ReconcileTestSupport {

	private ReconcileTestSupport() {
	}

	public static void clear(JdbcTemplate jdbc) {
		for (String table : new String[] { "settlement_adjustment", "exception_decision", "reconcile_item_split",
				"reconcile_continuity", "reconcile_office_day", "reconcile_source_file", "reconcile_event_check",
				"month_signoff", "data_check_ack", "data_check_override", "data_check", "delivery_quality",
				"reconcile_exception", "reconcile_agency", "reconcile_run" }) {
			jdbc.update("DELETE FROM " + table);
		}
	}

}
