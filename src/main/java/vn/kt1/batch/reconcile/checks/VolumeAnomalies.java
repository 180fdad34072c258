package vn.kt1.batch.reconcile.checks;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.kt1.batch.reconcile.ReconcileProperties;

/**
 * Agencies whose month is far above their own usual month: more items than the configured
 * factor times the median of their previous twelve reconciled months (at least three of them).
 */
@Component
class VolumeAnomalies {

	private final JdbcTemplate jdbc;

	private final ReconcileProperties properties;

	VolumeAnomalies(JdbcTemplate jdbc, ReconcileProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	CheckResult check(long runId, YearMonth month) {
		Map<String, List<Integer>> history = new HashMap<>();
		this.jdbc.query("SELECT a.agency_code, a.po_items FROM reconcile_agency a JOIN reconcile_run r "
				+ "ON r.id = a.run_id WHERE r.current AND r.month >= ? AND r.month < ?", (rs) -> {
					history.computeIfAbsent(rs.getString(1), (code) -> new ArrayList<>()).add(rs.getInt(2));
				}, month.minusMonths(12).toString(), month.toString());
		List<String> found = new ArrayList<>();
		this.jdbc.query("SELECT agency_code, po_items FROM reconcile_agency WHERE run_id = ? AND po_items >= ? "
				+ "ORDER BY agency_code", (rs) -> {
					List<Integer> months = history.getOrDefault(rs.getString(1), List.of());
					if (months.size() >= 3 && BigDecimal.valueOf(rs.getInt(2))
						.compareTo(this.properties.volumeFactor().multiply(median(months))) > 0) {
						found.add(rs.getString(1) + " " + rs.getInt(2) + " items (usual " + median(months) + ")");
					}
				}, runId, this.properties.volumeMinimumItems());
		String list = String.join("; ", found.subList(0, Math.min(5, found.size())))
				+ ((found.size() > 5) ? "; ..." : "");
		return CheckResult.of("VOLUME_ANOMALY", Severity.WARNING, found.size(),
				found.size() + " agencies far above their usual month: " + list,
				"no agency far above its usual month");
	}

	static BigDecimal median(List<Integer> values) {
		List<Integer> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return (n % 2 == 1) ? BigDecimal.valueOf(sorted.get(n / 2))
				: BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
	}

}
