package vn.kt1.batch.settlement;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.kt1.batch.budget.Budgets;
import vn.kt1.batch.estimate.BudgetEstimates;
import vn.kt1.batch.reconcile.decision.MonthDecisions;

/**
 * Reads the settlement of a year: for each agency valid in the year or with fees, payments or
 * a budget, the months' items and fees from their current reconciliation, the vouchers of
 * the year's months as loaded, and the budget (allocated, else the estimate).
 */
@Repository
class SettlementReader {

	private final JdbcTemplate jdbc;

	private final Budgets budgets;

	private final BudgetEstimates estimates;

	private final MonthDecisions decisions;

	SettlementReader(JdbcTemplate jdbc, Budgets budgets, BudgetEstimates estimates, MonthDecisions decisions) {
		this.jdbc = jdbc;
		this.budgets = budgets;
		this.estimates = estimates;
		this.decisions = decisions;
	}

	/**
	 * @param agency one agency's code, or {@code null} for all
	 * @return the agencies' settlements, by code
	 */
	List<AgencySettlement> read(int year, String agency) {
		String first = YearMonth.of(year, 1).toString();
		String last = YearMonth.of(year, 12).toString();
		String only = (agency != null) ? " AND agency_code = ?" : "";
		Object[] range = (agency != null) ? new Object[] { first, last, agency } : new Object[] { first, last };
		Set<YearMonth> reconciled = new HashSet<>(this.jdbc.query("SELECT month FROM reconcile_run WHERE current "
				+ "AND status = 'COMPLETED' AND month BETWEEN ? AND ?", (rs, n) -> YearMonth.parse(rs.getString(1)),
				first, last));
		Map<String, Map<YearMonth, long[]>> figures = new HashMap<>();
		this.jdbc.query("SELECT a.agency_code, r.month, a.po_items, a.po_fees_vnd FROM reconcile_agency a "
				+ "JOIN reconcile_run r ON r.id = a.run_id WHERE r.current AND r.status = 'COMPLETED' "
				+ "AND r.month BETWEEN ? AND ?" + only.replace("agency_code", "a.agency_code"), (rs) -> {
					long[] month = month(figures, rs.getString(1), rs.getString(2));
					month[0] += rs.getLong(3);
					month[1] += rs.getLong(4);
				}, range);
		Map<String, List<VoucherLine>> vouchers = new HashMap<>();
		this.jdbc.query("SELECT agency_code, voucher_no, voucher_date, period, sub_item, amount_vnd, content "
				+ "FROM payment_voucher WHERE period BETWEEN ? AND ?" + only + " ORDER BY voucher_date, voucher_no",
				(rs) -> {
					VoucherLine voucher = new VoucherLine(rs.getString(2), rs.getObject(3, java.time.LocalDate.class),
							YearMonth.parse(rs.getString(4)), rs.getString(5), rs.getLong(6), rs.getString(7));
					vouchers.computeIfAbsent(rs.getString(1), (code) -> new ArrayList<>()).add(voucher);
					long[] month = month(figures, rs.getString(1), rs.getString(4));
					month[2] += voucher.amountVnd();
					month[3] += Math.max(0, -voucher.amountVnd());
				}, range);
		Map<YearMonth, Map<String, Long>> adjusted = new HashMap<>();
		for (YearMonth month : reconciled) {
			adjusted.put(month, this.decisions.adjustments(month));
		}
		Map<String, Long> allocated = this.budgets.allocated(year);
		Map<String, Long> estimated = this.estimates.forYear(year);
		// the whole list in one read: name, level and category of every agency, and those valid in the year
		Map<String, String[]> listed = new HashMap<>();
		Set<String> valid = new HashSet<>();
		this.jdbc.query("SELECT code, name, level, category, (valid_from IS NULL OR valid_from <= ?) "
				+ "AND (valid_to IS NULL OR valid_to >= ?) FROM agency", (rs) -> {
					listed.put(rs.getString(1), new String[] { rs.getString(2), rs.getString(3), rs.getString(4) });
					if (rs.getBoolean(5) && (agency == null || agency.equals(rs.getString(1)))) {
						valid.add(rs.getString(1));
					}
				}, last + "-31", first + "-01");
		Set<String> codes = new TreeSet<>(valid);
		codes.addAll(figures.keySet());
		allocated.keySet().stream().filter((code) -> agency == null || code.equals(agency)).forEach(codes::add);
		List<AgencySettlement> settlements = new ArrayList<>();
		for (String code : codes) {
			String[] about = listed.getOrDefault(code, new String[3]);
			Map<YearMonth, long[]> byMonth = figures.getOrDefault(code, Map.of());
			List<MonthLine> months = new ArrayList<>();
			for (int m = 1; m <= 12; m++) {
				YearMonth month = YearMonth.of(year, m);
				long[] f = byMonth.getOrDefault(month, new long[4]);
				months.add(new MonthLine(month, reconciled.contains(month), f[0], f[1], f[2], f[3],
						adjusted.getOrDefault(month, Map.of()).getOrDefault(code, 0L)));
			}
			Long budget = allocated.containsKey(code) ? allocated.get(code) : estimated.get(code);
			String basis = allocated.containsKey(code) ? "Được giao" : estimated.containsKey(code) ? "Ước tính" : null;
			settlements.add(new AgencySettlement(code, about[0], about[1], about[2], budget, basis, months,
					vouchers.getOrDefault(code, List.of())));
		}
		return settlements;
	}

	private static long[] month(Map<String, Map<YearMonth, long[]>> figures, String agency, String month) {
		return figures.computeIfAbsent(agency, (code) -> new HashMap<>())
			.computeIfAbsent(YearMonth.parse(month), (key) -> new long[4]);
	}

}
