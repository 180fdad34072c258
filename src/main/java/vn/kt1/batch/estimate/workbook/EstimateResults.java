package vn.kt1.batch.estimate.workbook;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.kt1.batch.estimate.Basis;
import vn.kt1.batch.estimate.EstimateRun;
import vn.kt1.batch.estimate.Notation;
import vn.kt1.batch.estimate.Service;
import vn.kt1.batch.estimate.backtest.BacktestSummary;
import vn.kt1.batch.shared.code.AgencyCategory;
import vn.kt1.batch.shared.code.AgencyLevel;
import vn.kt1.batch.shared.code.Codes;
import vn.kt1.batch.shared.code.Secrecy;
import vn.kt1.batch.shared.code.Urgency;
import vn.kt1.batch.shared.code.Zone;

/** Reads stored estimate runs: the run, its agencies, its backtest. */
@Component
public class EstimateResults {

	private static final String ORDER = Codes.orderBy("level", AgencyLevel.class) + ", "
			+ Codes.orderBy("category", AgencyCategory.class) + ", agency_code";

	private static final String SERVICE_ORDER = Codes.orderBy("zone", Zone.class) + ", "
			+ Codes.orderBy("urgency", Urgency.class) + ", "
			+ Codes.orderBy("secrecy", Secrecy.class);

	private final JdbcTemplate jdbc;

	EstimateResults(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the run a job execution wrote or continued (a restart continues the run of its
	 * instance's first execution), or empty
	 */
	public Optional<Long> runOf(long jobExecutionId) {
		return this.jdbc.queryForList("SELECT id FROM estimate_run WHERE job_execution_id IN (SELECT e.JOB_EXECUTION_ID "
				+ "FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_EXECUTION x ON x.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
				+ "WHERE x.JOB_EXECUTION_ID = ?) ORDER BY id DESC", Long.class, jobExecutionId).stream().findFirst();
	}

	/** @return the year's current run (completed), or empty */
	public Optional<Long> currentRun(int year) {
		return this.jdbc.queryForList("SELECT id FROM estimate_run WHERE year = ? AND current", Long.class, year)
			.stream()
			.findFirst();
	}

	public EstimateRun run(long runId) {
		return this.jdbc.queryForObject("SELECT * FROM estimate_run WHERE id = ?", (rs, n) -> run(rs), runId);
	}

	/** @return the run's agencies by level, category and code */
	List<AgencyRow> agencies(long runId) {
		Map<String, String> mix = mix(runId);
		return this.jdbc.query("SELECT agency_code, name, level, category, basis, items, amount_vnd, basis_text, review, "
				+ "interval_low_vnd, interval_high_vnd FROM estimate_agency WHERE run_id = ? ORDER BY " + ORDER,
				(rs, n) -> new AgencyRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						Basis.valueOf(rs.getString(5)), rs.getBigDecimal(6),
						mix.getOrDefault(rs.getString(1), ""), rs.getLong(7), rs.getString(8), rs.getString(9),
						(Long) rs.getObject(10, Long.class), (Long) rs.getObject(11, Long.class)),
				runId);
	}

	/** @return each agency's estimate, by code */
	public Map<String, Long> amounts(long runId) {
		Map<String, Long> amounts = new LinkedHashMap<>();
		this.jdbc.query("SELECT agency_code, amount_vnd FROM estimate_agency WHERE run_id = ? ORDER BY agency_code",
				(rs) -> {
					amounts.put(rs.getString(1), rs.getLong(2));
				}, runId);
		return amounts;
	}

	/** @return the names of the provinces of the run's agencies */
	List<String> provinces(long runId) {
		return this.jdbc.queryForList("SELECT p.name FROM province p WHERE p.code IN (SELECT province_code FROM "
				+ "estimate_agency WHERE run_id = ?) ORDER BY p.code", String.class, runId);
	}

	public Optional<BacktestSummary> backtest(long runId) {
		return this.jdbc.query("SELECT * FROM estimate_backtest WHERE run_id = ?",
				(rs, n) -> new BacktestSummary(rs.getInt("year"), month(rs, "history_from"), month(rs, "history_to"),
						month(rs, "compared_from"), month(rs, "compared_to"), rs.getInt("compared_months"),
						rs.getInt("agencies"), rs.getInt("agencies_charged"), rs.getInt("agencies_within"),
						rs.getBigDecimal("within_percent"), rs.getBigDecimal("mape"), rs.getBigDecimal("smape"),
						rs.getLong("estimate_vnd"), rs.getLong("actual_vnd"), rs.getBigDecimal("total_error_percent"),
						rs.getString("note"), rs.getBigDecimal("interval_coverage"),
						(Integer) rs.getObject("interval_agencies", Integer.class)),
				runId).stream().findFirst();
	}

	List<BacktestRow> backtestAgencies(long runId) {
		return this.jdbc.query("SELECT agency_code, name, level, category, basis, estimate_vnd, actual_vnd, "
				+ "error_percent FROM estimate_backtest_agency WHERE run_id = ? ORDER BY " + ORDER,
				(rs, n) -> new BacktestRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						Basis.valueOf(rs.getString(5)), rs.getLong(6), rs.getLong(7), rs.getBigDecimal(8)),
				runId);
	}

	/** @return every service of every agency, in the agencies' order, with its prices */
	List<ServiceRow> services(long runId) {
		Map<String, StringBuilder> prices = new HashMap<>();
		this.jdbc.query("SELECT agency_code, zone, urgency, secrecy, from_month, to_month, fee_per_item "
				+ "FROM estimate_price WHERE run_id = ? ORDER BY from_month", (rs) -> {
					StringBuilder text = prices.computeIfAbsent(
							String.join("/", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
							(key) -> new StringBuilder());
					text.append(text.isEmpty() ? "" : "; ")
						.append(Notation.months(YearMonth.parse(rs.getString(5)), YearMonth.parse(rs.getString(6))))
						.append(": ")
						.append(Notation.decimal(rs.getBigDecimal(7)))
						.append(" đ");
				}, runId);
		return this.jdbc.query("SELECT s.agency_code, a.name, s.zone, s.urgency, s.secrecy, s.history_items, "
				+ "s.average_weight_g, s.method, s.items, s.base_vnd FROM estimate_service s JOIN estimate_agency a "
				+ "ON a.run_id = s.run_id AND a.agency_code = s.agency_code WHERE s.run_id = ? ORDER BY "
				+ ORDER.replace("agency_code", "s.agency_code") + ", " + SERVICE_ORDER, (rs, n) -> {
					String key = String.join("/", rs.getString(1), rs.getString(3), rs.getString(4), rs.getString(5));
					return new ServiceRow(rs.getString(1), rs.getString(2),
							new Service(rs.getString(3), rs.getString(4), rs.getString(5)), rs.getInt(6), rs.getInt(7),
							rs.getString(8), rs.getBigDecimal(9), prices.getOrDefault(key, new StringBuilder()).toString(),
							rs.getLong(10));
				}, runId);
	}

	/**
	 * @return per agency its forecast items by zone, urgency and secrecy, in words:
	 * {@code Nội tỉnh 380, Liên tỉnh 104; Hỏa tốc 53; Mật 150, Tối mật 60}
	 */
	private Map<String, String> mix(long runId) {
		Map<String, Map<String, BigDecimal>> sums = new HashMap<>();
		this.jdbc.query("SELECT agency_code, zone, urgency, secrecy, items FROM estimate_service WHERE run_id = ? "
				+ "ORDER BY agency_code, " + SERVICE_ORDER, (rs) -> {
					Map<String, BigDecimal> agency = sums.computeIfAbsent(rs.getString(1), (code) -> new LinkedHashMap<>());
					BigDecimal items = rs.getBigDecimal(5);
					agency.merge(Zone.label(rs.getString(2)), items, BigDecimal::add);
					if (!"KT1".equals(rs.getString(3))) {
						agency.merge(Urgency.label(rs.getString(3)), items, BigDecimal::add);
					}
					if (!rs.getString(4).isEmpty()) {
						agency.merge(Secrecy.label(rs.getString(4)), items, BigDecimal::add);
					}
				}, runId);
		Map<String, String> mix = new HashMap<>();
		sums.forEach((code, items) -> mix.put(code, MixText.of(items)));
		return mix;
	}

	private static EstimateRun run(ResultSet rs) throws SQLException {
		Timestamp started = rs.getTimestamp("started_at");
		return new EstimateRun(rs.getLong("id"), rs.getInt("year"), rs.getLong("job_execution_id"),
				rs.getObject("as_of", LocalDate.class), month(rs, "history_from"), month(rs, "history_to"),
				rs.getInt("horizon_months"), rs.getString("status"), rs.getBoolean("current"),
				started.toLocalDateTime(), rs.getBigDecimal("contingency_percent"), rs.getBigDecimal("event_factor"),
				rs.getString("events"), rs.getString("sub_item"), rs.getString("sub_item_name"),
				rs.getInt("min_months_used"), rs.getString("method"), rs.getString("override_reason"),
				rs.getInt("input_files"), rs.getString("input_digest"), rs.getString("data_checks"),
				rs.getString("tariff_notes"), rs.getString("tariff_versions"), rs.getInt("agencies"),
				rs.getInt("peer_agencies"), rs.getInt("few_month_agencies"), rs.getInt("review_agencies"),
				rs.getBigDecimal("items"), rs.getLong("base_vnd"), rs.getLong("total_vnd"), rs.getString("workbook"));
	}

	private static YearMonth month(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return (value != null) ? YearMonth.parse(value) : null;
	}

}
