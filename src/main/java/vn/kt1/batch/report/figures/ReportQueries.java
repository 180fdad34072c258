package vn.kt1.batch.report.figures;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The report's reads: aggregates computed by the database, rows streamed to the caller a
 * few at a time (never a whole table in memory). Named parameters; a list expands to
 * {@code IN (...)}.
 */
@Component
public class ReportQueries {

	private final NamedParameterJdbcTemplate jdbc;

	ReportQueries(DataSource dataSource) {
		JdbcTemplate streaming = new JdbcTemplate(dataSource);
		streaming.setFetchSize(1000);
		this.jdbc = new NamedParameterJdbcTemplate(streaming);
	}

	public void stream(String sql, Map<String, ?> parameters, RowCallbackHandler handler) {
		this.jdbc.query(sql, parameters, handler);
	}

	<T> List<T> list(String sql, Map<String, ?> parameters, RowMapper<T> mapper) {
		return this.jdbc.query(sql, parameters, mapper);
	}

	/** @return each month's current, completed reconciliation run */
	public ReportRuns currentRuns(List<YearMonth> months) {
		Map<YearMonth, Long> runs = new HashMap<>();
		stream("SELECT month, id FROM reconcile_run WHERE current AND status = 'COMPLETED' AND month IN (:months)",
				Map.of("months", months.stream().map(YearMonth::toString).toList()), (rs) -> {
					runs.put(YearMonth.parse(rs.getString(1)), rs.getLong(2));
				});
		return new ReportRuns(runs);
	}

	/**
	 * @return the months whose run was made before runs stored every figure the reports read
	 * (migration V60): the reports refuse them until they are reconciled again
	 */
	public List<YearMonth> withoutFigures(ReportRuns runs, List<YearMonth> months) {
		return list("SELECT month FROM reconcile_run WHERE id IN (:runs) AND NOT report_figures ORDER BY month",
				Map.of("runs", runs(runs.ids(months))), (rs, n) -> YearMonth.parse(rs.getString(1)));
	}

	/** @return the ids as a parameter value; no id matches no run */
	public static List<Long> runs(List<Long> ids) {
		return ids.isEmpty() ? List.of(-1L) : ids;
	}

}
