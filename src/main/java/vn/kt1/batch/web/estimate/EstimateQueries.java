package vn.kt1.batch.web.estimate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.kt1.batch.web.Paging;

/** The stored estimate runs as the console reads them: runs, totals, backtest, agencies. */
@Repository
class EstimateQueries {

	private static final String LEVEL_ORDER = "FIELD(level, 'TINH', 'KHU_VUC', 'XA', 'DAC_BIET')";

	private final JdbcTemplate jdbc;

	EstimateQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the completed runs, newest year first, the current run of each year first */
	List<Run> runs() {
		return this.jdbc.query("SELECT id, year, job_execution_id, as_of, history_from, history_to, current, agencies, "
				+ "peer_agencies, review_agencies, base_vnd, total_vnd, contingency_percent, events, method, "
				+ "override_reason, workbook FROM estimate_run WHERE status = 'COMPLETED' "
				+ "ORDER BY year DESC, current DESC, id DESC LIMIT 200", (rs, n) -> new Run(rs.getLong(1), rs.getInt(2),
						rs.getLong(3), rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
						rs.getBoolean(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getLong(11), rs.getLong(12),
						rs.getBigDecimal(13), rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17)));
	}

	/** @return the year's current run, or the run asked for when it is one of the year's */
	Optional<Run> run(int year, Long runId) {
		return runs().stream()
			.filter((run) -> run.year() == year && ((runId != null) ? run.id() == runId : run.current()))
			.findFirst();
	}

	/** @return per level and category: agencies, items, amount */
	List<Group> groups(long runId) {
		return this.jdbc.query("SELECT level, category, COUNT(*), SUM(items), SUM(amount_vnd), SUM(basis = 'PEER_MEDIAN') "
				+ "FROM estimate_agency WHERE run_id = ? GROUP BY level, category ORDER BY " + LEVEL_ORDER + ", category",
				(rs, n) -> new Group(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4), rs.getLong(5),
						rs.getInt(6)),
				runId);
	}

	Optional<Backtest> backtest(long runId) {
		return this.jdbc.query("SELECT year, history_from, history_to, compared_from, compared_to, compared_months, "
				+ "agencies, agencies_charged, agencies_within, within_percent, mape, smape, estimate_vnd, actual_vnd, "
				+ "total_error_percent, note FROM estimate_backtest WHERE run_id = ?",
				(rs, n) -> new Backtest(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getBigDecimal(10),
						rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getLong(13), rs.getLong(14),
						rs.getBigDecimal(15), rs.getString(16)),
				runId)
			.stream()
			.findFirst();
	}

	/** @return the backtest's estimate and actual per level and category */
	List<Bar> backtestBars(long runId) {
		return this.jdbc.query("SELECT level, category, SUM(estimate_vnd), SUM(actual_vnd) FROM estimate_backtest_agency "
				+ "WHERE run_id = ? GROUP BY level, category ORDER BY " + LEVEL_ORDER + ", category",
				(rs, n) -> new Bar(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)), runId);
	}

	long countAgencies(long runId, Filter filter) {
		List<Object> arguments = new ArrayList<>(List.of(runId));
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM estimate_agency WHERE run_id = ?"
				+ filter.where(arguments), Long.class, arguments.toArray());
	}

	List<Agency> agencies(long runId, Filter filter, Paging paging) {
		List<Object> arguments = new ArrayList<>(List.of(runId));
		String where = filter.where(arguments);
		arguments.add(paging.size());
		arguments.add(paging.offset());
		return this.jdbc.query("SELECT agency_code, name, level, category, basis, months_used, items, base_vnd, "
				+ "amount_vnd, basis_text, review FROM estimate_agency WHERE run_id = ?" + where
				+ " ORDER BY agency_code LIMIT ? OFFSET ?",
				(rs, n) -> new Agency(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getInt(6), rs.getBigDecimal(7), rs.getLong(8), rs.getLong(9),
						rs.getString(10), rs.getString(11)),
				arguments.toArray());
	}

	record Filter(String level, String category, String basis, boolean review, String code) {

		String where(List<Object> arguments) {
			StringBuilder where = new StringBuilder();
			if (this.level != null && !this.level.isBlank()) {
				where.append(" AND level = ?");
				arguments.add(this.level);
			}
			if (this.category != null && !this.category.isBlank()) {
				where.append(" AND category = ?");
				arguments.add(this.category);
			}
			if (this.basis != null && !this.basis.isBlank()) {
				where.append(" AND basis = ?");
				arguments.add(this.basis);
			}
			if (this.review) {
				where.append(" AND review IS NOT NULL");
			}
			if (this.code != null && !this.code.isBlank()) {
				where.append(" AND agency_code LIKE ?");
				arguments.add(Paging.startingWith(this.code));
			}
			return where.toString();
		}

	}

	record Run(long id, int year, long executionId, LocalDate asOf, String historyFrom, String historyTo,
			boolean current, int agencies, int peerAgencies, int reviewAgencies, long baseVnd, long totalVnd,
			BigDecimal contingencyPercent, String events, String method, String overrideReason, String workbook) {
	}

	record Group(String level, String category, int agencies, BigDecimal items, long amount, int peers) {
	}

	record Backtest(int year, String historyFrom, String historyTo, String comparedFrom, String comparedTo,
			int comparedMonths, int agencies, int charged, int within, BigDecimal withinPercent, BigDecimal mape,
			BigDecimal smape, long estimate, long actual, BigDecimal totalError, String note) {
	}

	record Bar(String level, String category, long estimate, long actual) {
	}

	record Agency(String code, String name, String level, String category, String basis, int monthsUsed,
			BigDecimal items, long base, long amount, String basisText, String review) {
	}

}
