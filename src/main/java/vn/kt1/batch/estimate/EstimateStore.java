package vn.kt1.batch.estimate;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.kt1.batch.estimate.backtest.BacktestResult;
import vn.kt1.batch.estimate.backtest.IntervalModel;
import vn.kt1.batch.reference.Agency;
import vn.kt1.batch.shared.input.ContentHash;

/** Reads what an estimate is made from; writes runs, their figures and their backtest. */
@Repository
class EstimateStore {

	private final JdbcTemplate jdbc;

	EstimateStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @return every agency on the list, all validity periods */
	List<Agency> agencies() {
		return this.jdbc.query("SELECT code, name, level, category, province_code, commune_code, valid_from, valid_to "
				+ "FROM agency ORDER BY code",
				(rs, n) -> new Agency(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
						rs.getObject(8, LocalDate.class)));
	}

	/** @return whether an agency on the list sent some item accepted in the months */
	boolean anyListedSender(YearMonth from, YearMonth to) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM item_event e JOIN agency a "
				+ "ON a.code = e.sender_code WHERE e.accepted_at >= ? AND e.accepted_at < ?)", Boolean.class,
				from.atDay(1).atStartOfDay(), to.plusMonths(1).atDay(1).atStartOfDay()));
	}

	/** @return the loaded files that hold items accepted in the months */
	InputFiles inputFiles(YearMonth from, YearMonth to) {
		List<String> hashes = this.jdbc.queryForList("SELECT sha256 FROM input_file WHERE id IN (SELECT DISTINCT "
				+ "file_id FROM item_event WHERE accepted_at >= ? AND accepted_at < ?) ORDER BY id", String.class,
				from.atDay(1).atStartOfDay(), to.plusMonths(1).atDay(1).atStartOfDay());
		return new InputFiles(hashes.size(), ContentHash.sha256(String.join("\n", hashes)));
	}

	/** @return the months' reconciliation and data checks, in words */
	String checkSummary(YearMonth from, YearMonth to) {
		Map<String, Integer> counts = new TreeMap<>();
		this.jdbc.query("SELECT c.severity, COUNT(*) FROM data_check c JOIN reconcile_run r ON r.id = c.run_id "
				+ "WHERE r.current AND r.month BETWEEN ? AND ? GROUP BY c.severity", (rs) -> {
					counts.put(rs.getString(1), rs.getInt(2));
				}, from.toString(), to.toString());
		Integer months = this.jdbc.queryForObject("SELECT COUNT(*) FROM reconcile_run WHERE current AND month "
				+ "BETWEEN ? AND ?", Integer.class, from.toString(), to.toString());
		return months + " tháng đã đối soát; kiểm tra dữ liệu: " + counts.getOrDefault("ERROR", 0) + " lỗi (ERROR), "
				+ counts.getOrDefault("WARNING", 0) + " cảnh báo (WARNING)";
	}

	/** @return the distinct notes of the tariff rows valid on some day of the year */
	String tariffNotes(int year) {
		return String.join("; ", this.jdbc.queryForList("SELECT DISTINCT note FROM tariff_price WHERE note IS NOT NULL "
				+ "AND note <> '' AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) ORDER BY note",
				String.class, LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1)));
	}

	long openRun(int year, NewRun run) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var insert = connection.prepareStatement("INSERT INTO estimate_run (year, job_execution_id, as_of, "
					+ "history_from, history_to, horizon_months, status, started_at, contingency_percent, "
					+ "event_factor, events, sub_item, sub_item_name, min_months_used, method, override_reason, "
					+ "input_files, input_digest, data_checks, tariff_notes) "
					+ "VALUES (?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			insert.setInt(1, year);
			insert.setLong(2, run.jobExecutionId());
			insert.setObject(3, run.asOf());
			insert.setString(4, run.window().historyFrom().toString());
			insert.setString(5, run.window().historyTo().toString());
			insert.setInt(6, run.window().horizon());
			insert.setTimestamp(7, Timestamp.from(Instant.now()));
			insert.setBigDecimal(8, run.rule().contingencyPercent());
			insert.setBigDecimal(9, run.rule().factor());
			insert.setString(10, run.rule().describe());
			insert.setString(11, run.subItem());
			insert.setString(12, run.subItemName());
			insert.setInt(13, run.minMonthsUsed());
			insert.setString(14, run.method());
			insert.setString(15, run.overrideReason());
			insert.setInt(16, run.inputFiles().count());
			insert.setString(17, run.inputFiles().digest());
			insert.setString(18, run.dataChecks());
			insert.setString(19, run.tariffNotes());
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	boolean isOpen(long runId) {
		return Boolean.TRUE.equals(this.jdbc.query("SELECT status = 'RUNNING' FROM estimate_run WHERE id = ?",
				(rs) -> rs.next() ? rs.getBoolean(1) : null, runId));
	}

	/** Replace the run's agency, service and price rows and its totals. */
	void saveEstimates(long runId, List<AgencyEstimate> estimates, EstimateWindow window, AmountRule rule) {
		for (String table : new String[] { "estimate_price", "estimate_service", "estimate_agency" }) {
			this.jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
		}
		this.jdbc.batchUpdate("INSERT INTO estimate_agency (run_id, agency_code, name, level, category, "
				+ "province_code, basis, first_use, months_used, history_items, valid_share, peer_group, "
				+ "peer_agencies, peer_median_vnd, peer_reason, items, base_vnd, amount_vnd, basis_text, review) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", estimates, 500, (ps, e) -> {
					PeerMedian peer = e.peer();
					ps.setLong(1, runId);
					ps.setString(2, e.agency().code());
					ps.setString(3, e.agency().name());
					ps.setString(4, e.agency().level());
					ps.setString(5, e.agency().category());
					ps.setString(6, e.agency().provinceCode());
					ps.setString(7, e.basis().name());
					ps.setString(8, (e.firstUse() != null) ? e.firstUse().toString() : null);
					ps.setInt(9, e.monthsUsed());
					ps.setLong(10, e.historyItems());
					ps.setBigDecimal(11, e.validShare());
					ps.setString(12, (peer != null) ? peer.group() : null);
					ps.setObject(13, (peer != null) ? peer.peers() : null);
					ps.setObject(14, (peer != null) ? peer.medianVnd() : null);
					ps.setString(15, e.reason());
					ps.setBigDecimal(16, e.items());
					ps.setLong(17, e.baseVnd());
					ps.setLong(18, rule.amount(e.baseVnd()));
					ps.setString(19, BasisLine.of(e, window, rule));
					ps.setString(20, e.review());
				});
		List<Object[]> services = new ArrayList<>();
		List<Object[]> prices = new ArrayList<>();
		TreeSet<LocalDate> versions = new TreeSet<>();
		for (AgencyEstimate e : estimates) {
			for (ServiceEstimate s : e.services()) {
				Service service = s.service();
				services.add(new Object[] { runId, e.agency().code(), service.zone(), service.urgency(),
						service.secrecy(), s.historyItems(), s.averageWeightG(), s.method().text(), s.items(),
						s.baseVnd(), s.review() });
				for (PricePeriod p : s.periods()) {
					prices.add(new Object[] { runId, e.agency().code(), service.zone(), service.urgency(),
							service.secrecy(), p.from().toString(), p.to().toString(), p.tariffVersion(), p.items(),
							p.feePerItem(), p.amount() });
					versions.add(p.tariffVersion());
				}
			}
		}
		this.jdbc.batchUpdate("INSERT INTO estimate_service (run_id, agency_code, zone, urgency, secrecy, "
				+ "history_items, average_weight_g, method, items, base_vnd, review) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				services);
		this.jdbc.batchUpdate("INSERT INTO estimate_price (run_id, agency_code, zone, urgency, secrecy, from_month, "
				+ "to_month, tariff_version, items, fee_per_item, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				prices);
		this.jdbc.update("UPDATE estimate_run r SET tariff_versions = ?, "
				+ "agencies = (SELECT COUNT(*) FROM estimate_agency a WHERE a.run_id = r.id), "
				+ "peer_agencies = (SELECT COUNT(*) FROM estimate_agency a WHERE a.run_id = r.id "
				+ "AND a.basis = 'PEER_MEDIAN'), "
				+ "few_month_agencies = (SELECT COUNT(*) FROM estimate_agency a WHERE a.run_id = r.id "
				+ "AND a.basis = 'FEW_MONTHS'), "
				+ "review_agencies = (SELECT COUNT(review) FROM estimate_agency a WHERE a.run_id = r.id), "
				+ "items = (SELECT COALESCE(SUM(items), 0) FROM estimate_agency a WHERE a.run_id = r.id), "
				+ "base_vnd = (SELECT COALESCE(SUM(base_vnd), 0) FROM estimate_agency a WHERE a.run_id = r.id), "
				+ "total_vnd = (SELECT COALESCE(SUM(amount_vnd), 0) FROM estimate_agency a WHERE a.run_id = r.id) "
				+ "WHERE id = ?", versions.stream().map(LocalDate::toString).collect(Collectors.joining(", ")), runId);
	}

	/**
	 * Set every agency's 80 % interval of its forecast cost (before contingency) from the
	 * backtest's model; without a model, none.
	 */
	void saveIntervals(long runId, IntervalModel model) {
		List<Object[]> rows = new ArrayList<>();
		this.jdbc.query("SELECT agency_code, base_vnd, items FROM estimate_agency WHERE run_id = ?", (rs) -> {
			long[] range = (model != null) ? model.range(rs.getLong(2), rs.getBigDecimal(3)) : null;
			rows.add(new Object[] { (range != null) ? range[0] : null, (range != null) ? range[1] : null, runId,
					rs.getString(1) });
		}, runId);
		this.jdbc.batchUpdate("UPDATE estimate_agency SET interval_low_vnd = ?, interval_high_vnd = ? WHERE run_id = ? "
				+ "AND agency_code = ?", rows);
	}

	/** Replace the run's backtest: its figures, or only the note saying why there are none. */
	void saveBacktest(long runId, int year, BacktestResult result, String note) {
		this.jdbc.update("DELETE FROM estimate_backtest_agency WHERE run_id = ?", runId);
		this.jdbc.update("DELETE FROM estimate_backtest WHERE run_id = ?", runId);
		if (result == null) {
			this.jdbc.update("INSERT INTO estimate_backtest (run_id, year, compared_months, agencies, "
					+ "agencies_charged, agencies_within, estimate_vnd, actual_vnd, note) "
					+ "VALUES (?, ?, 0, 0, 0, 0, 0, 0, ?)", runId, year, note);
			return;
		}
		this.jdbc.update("INSERT INTO estimate_backtest (run_id, year, history_from, history_to, compared_from, "
				+ "compared_to, compared_months, agencies, agencies_charged, agencies_within, within_percent, mape, "
				+ "smape, estimate_vnd, actual_vnd, total_error_percent, note) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", runId, year,
				result.window().historyFrom().toString(), result.window().historyTo().toString(),
				result.comparedFrom().toString(), result.comparedTo().toString(), result.comparedMonths(),
				result.agencies().size(), result.withActual(), result.within(), result.withinPercent(), result.mape(),
				result.smape(), result.estimateVnd(), result.actualVnd(), result.totalErrorPercent(), note);
		IntervalModel model = IntervalModel.of(result.agencies());
		if (model != null) {
			this.jdbc.update("UPDATE estimate_backtest SET interval_low_z = ?, interval_high_z = ?, interval_coverage = ?, "
					+ "interval_agencies = ? WHERE run_id = ?", model.low(), model.high(), model.coverage(),
					model.agencies(), runId);
		}
		this.jdbc.batchUpdate("INSERT INTO estimate_backtest_agency (run_id, agency_code, name, level, category, "
				+ "basis, estimate_vnd, actual_vnd, error_percent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				result.agencies(), 500, (ps, a) -> {
					Agency agency = a.estimate().agency();
					ps.setLong(1, runId);
					ps.setString(2, agency.code());
					ps.setString(3, agency.name());
					ps.setString(4, agency.level());
					ps.setString(5, agency.category());
					ps.setString(6, a.estimate().basis().name());
					ps.setLong(7, a.estimateVnd());
					ps.setLong(8, a.actualVnd());
					ps.setBigDecimal(9, a.errorPercent());
				});
	}

	void setWorkbook(long runId, Path workbook) {
		this.jdbc.update("UPDATE estimate_run SET workbook = ? WHERE id = ?", workbook.toString(), runId);
	}

	/** Mark the run completed and make it the year's current run. */
	void complete(long runId, int year) {
		this.jdbc.update("UPDATE estimate_run SET status = 'COMPLETED', finished_at = ? WHERE id = ?",
				Timestamp.from(Instant.now()), runId);
		this.jdbc.update("UPDATE estimate_run SET current = (id = ?) WHERE year = ?", runId, year);
	}

}
