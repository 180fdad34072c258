package vn.kt1.batch.reconcile.workbook;

import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which Appendix II agencies sent nothing by KT1 over a period of reconciled months (seed
 * 003: agencies still sending secrets by ordinary post), by level and category.
 */
@Component
public class AdoptionCoverage {

	private static final String AGENCIES = """
			SELECT a.agency_code, g.name, g.level, g.category, SUM(a.po_items) AS items
			  FROM reconcile_agency a JOIN reconcile_run r ON r.id = a.run_id
			  JOIN agency g ON g.code = a.agency_code
			 WHERE r.current AND r.month BETWEEN ? AND ? AND a.on_list
			 GROUP BY a.agency_code, g.name, g.level, g.category
			""";

	private final JdbcTemplate jdbc;

	AdoptionCoverage(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @return per level and category: agencies on the list, and how many sent nothing */
	public List<Coverage> byGroup(YearMonth from, YearMonth to) {
		return this.jdbc.query("SELECT level, category, COUNT(*), SUM(items = 0) FROM (" + AGENCIES + ") u "
				+ "GROUP BY level, category ORDER BY FIELD(level, 'TINH', 'KHU_VUC', 'XA', 'DAC_BIET'), category",
				(rs, n) -> new Coverage(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)), from.toString(),
				to.toString());
	}

	/** @return the agencies on the list that sent nothing, by level, category and code */
	public List<NonUser> nonUsers(YearMonth from, YearMonth to) {
		return this.jdbc.query("SELECT agency_code, name, level, category FROM (" + AGENCIES + ") u WHERE items = 0 "
				+ "ORDER BY FIELD(level, 'TINH', 'KHU_VUC', 'XA', 'DAC_BIET'), category, agency_code",
				(rs, n) -> new NonUser(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
				from.toString(), to.toString());
	}

	/**
	 * @param agencies agencies of the group on the list in the period
	 * @param nonUsers those that sent nothing
	 */
	public record Coverage(String level, String category, int agencies, int nonUsers) {
	}

	public record NonUser(String code, String name, String level, String category) {
	}

}
