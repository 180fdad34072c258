package vn.kt1.batch.budget;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What agencies proposed and what was allocated to them, for the estimate's workbook and the reports. */
@Repository
public class Budgets {

	private final JdbcTemplate jdbc;

	Budgets(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @return each agency's proposal for the year, by agency code */
	public Map<String, Proposal> proposals(int year) {
		Map<String, Proposal> proposals = new HashMap<>();
		this.jdbc.query("SELECT agency_code, amount_vnd, note FROM budget_proposal WHERE budget_year = ?", (rs) -> {
			proposals.put(rs.getString(1), new Proposal(rs.getString(1), year, rs.getLong(2), rs.getString(3)));
		}, year);
		return proposals;
	}

	/** @return each agency's allocated budget for the year (all sub-items and decisions), by agency code */
	public Map<String, Long> allocated(int year) {
		Map<String, Long> allocated = new HashMap<>();
		this.jdbc.query("SELECT agency_code, SUM(amount_vnd) FROM budget_allocation WHERE budget_year = ? "
				+ "GROUP BY agency_code", (rs) -> {
					allocated.put(rs.getString(1), rs.getLong(2));
				}, year);
		return allocated;
	}

	/** @return the year's allocations, by agency, sub-item and decision date */
	public List<Allocation> allocations(int year) {
		return this.jdbc.query("SELECT agency_code, budget_year, sub_item, decision_no, decision_date, amount_vnd "
				+ "FROM budget_allocation WHERE budget_year = ? ORDER BY agency_code, sub_item, decision_date, id",
				(rs, n) -> new Allocation(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
						rs.getObject(5, java.time.LocalDate.class), rs.getLong(6)),
				year);
	}

}
