package vn.kt1.batch.web.quality;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.kt1.batch.reconcile.workbook.AdoptionCoverage;

/**
 * Chất lượng: delivery quality against the J + n norms month by month and by service, and
 * adoption (Appendix II agencies that sent nothing), over the reconciled months of a period.
 * For everyone signed in: it holds aggregates only.
 */
@Controller
class QualityController {

	private final JdbcTemplate jdbc;

	private final AdoptionCoverage adoption;

	QualityController(JdbcTemplate jdbc, AdoptionCoverage adoption) {
		this.jdbc = jdbc;
		this.adoption = adoption;
	}

	@GetMapping("/quality")
	String quality(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Model model) {
		String last = this.jdbc.queryForObject("SELECT MAX(month) FROM reconcile_run WHERE current", String.class);
		YearMonth end = month(to, (last != null) ? YearMonth.parse(last) : YearMonth.now());
		YearMonth start = month(from, end.minusMonths(11));
		if (start.isAfter(end)) {
			start = end;
		}
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("months", this.jdbc.query("SELECT r.month, SUM(q.accepted), SUM(q.delivered), SUM(q.on_time), "
				+ "SUM(q.late), SUM(q.returned), SUM(q.lost), SUM(q.in_transit) FROM delivery_quality q "
				+ "JOIN reconcile_run r ON r.id = q.run_id WHERE r.current AND r.month BETWEEN ? AND ? "
				+ "GROUP BY r.month ORDER BY r.month", (rs, n) -> new Line(rs.getString(1), rs.getLong(2), rs.getLong(3),
						rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)),
				start.toString(), end.toString()));
		model.addAttribute("services", this.jdbc.query("SELECT CONCAT(q.scope, '/', q.urgency), SUM(q.accepted), "
				+ "SUM(q.delivered), SUM(q.on_time), SUM(q.late), SUM(q.returned), SUM(q.lost), SUM(q.in_transit) "
				+ "FROM delivery_quality q JOIN reconcile_run r ON r.id = q.run_id WHERE r.current "
				+ "AND r.month BETWEEN ? AND ? GROUP BY q.scope, q.urgency ORDER BY q.scope DESC, "
				+ "FIELD(q.urgency, 'KT1', 'HT', 'HG')", (rs, n) -> new Line(rs.getString(1), rs.getLong(2),
						rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)),
				start.toString(), end.toString()));
		List<AdoptionCoverage.Coverage> coverage = this.adoption.byGroup(start, end);
		model.addAttribute("coverage", coverage);
		model.addAttribute("agencies", coverage.stream().mapToInt(AdoptionCoverage.Coverage::agencies).sum());
		model.addAttribute("nonUsers", coverage.stream().mapToInt(AdoptionCoverage.Coverage::nonUsers).sum());
		return "quality";
	}

	private static YearMonth month(String text, YearMonth otherwise) {
		try {
			return (text != null && !text.isBlank()) ? YearMonth.parse(text.trim()) : otherwise;
		}
		catch (DateTimeParseException ex) {
			return otherwise;
		}
	}

	/** Delivery counts of a month or a service. */
	record Line(String key, long accepted, long delivered, long onTime, long late, long returned, long lost,
			long inTransit) {

		public long judged() {
			return this.onTime + this.late;
		}

	}

}
