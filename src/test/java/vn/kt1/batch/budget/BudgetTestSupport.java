package vn.kt1.batch.budget;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the proposals and allocations, which the reports and the estimate's workbook read. */
public final class BudgetTestSupport {

	private BudgetTestSupport() {
	}

	public static void clear(JdbcTemplate jdbc) {
		for (String table : new String[] { "budget_proposal", "budget_allocation", "budget_import" }) {
			jdbc.update("DELETE FROM " + table);
		}
	}

}
