package vn.kt1.batch.reconcile.checks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The data checks of a month, run after its reconciliation: uniqueness, referential
 * integrity, value ranges, freshness, completeness and volume anomalies. Each is stored
 * with the run, also when it found nothing. What they look for in the item events was counted
 * by the reconciliation in its pass over them ({@link EventFindings}).
 */
@Component
public class DataChecks {

	private final JdbcTemplate jdbc;

	private final VolumeAnomalies anomalies;

	private final CheckStore store;

	DataChecks(JdbcTemplate jdbc, VolumeAnomalies anomalies, CheckStore store) {
		this.jdbc = jdbc;
		this.anomalies = anomalies;
		this.store = store;
	}

	public List<CheckResult> run(long runId, YearMonth month, LocalDate asOf) {
		List<CheckResult> results = new ArrayList<>();
		// counted by the reconciliation's pass over the month's events, not read again
		EventFindings items = this.store.eventFindings(runId);
		results.add(CheckResult.of("UNIQUE_EVENTS", Severity.WARNING, items.duplicatedStates,
				"%d items reported twice in the same state", "every item state reported once"));
		results.add(CheckResult.of("UNIQUE_REPORTS", Severity.WARNING,
				count("SELECT COUNT(*) FROM (SELECT agency_code FROM usage_report WHERE period = ? AND current "
						+ "GROUP BY agency_code, urgency HAVING COUNT(*) > 1) d", month.toString()),
				"%d agency reports list a service twice (both rows are counted)", "one report row per agency and service"));
		results.add(CheckResult.of("REFERENCE_POST_OFFICE", Severity.ERROR, items.unknownOffices,
				"%d items from post offices that are not on the post-office list", "every post office on the list"));
		results.add(CheckResult.of("REFERENCE_AGENCY", Severity.ERROR,
				count("SELECT (SELECT COUNT(*) FROM usage_report WHERE period = ? AND current AND agency_code NOT IN "
						+ "(SELECT code FROM agency)) + (SELECT COUNT(*) FROM payment_voucher WHERE period = ? AND "
						+ "agency_code NOT IN (SELECT code FROM agency))", month.toString(), month.toString()),
				"%d report or voucher rows name agencies that are no longer on the list",
				"every reporting and paying agency on the list"));
		results.add(CheckResult.of("INELIGIBLE_SENDERS", Severity.WARNING, items.ineligibleSenders,
				"%d items from senders not on the Appendix II list (see the exceptions)", "every sender eligible"));
		results.add(CheckResult.of("RANGE_TIMES", Severity.ERROR, items.badTimes,
				"%d item events accepted after the run date or delivered before acceptance",
				"acceptance and delivery times in order"));
		results.add(CheckResult.of("RANGE_VALUES", Severity.WARNING, items.badValues,
				"%d items weigh over 30 kg or have no fee", "weights and fees in range"));
		results.add(freshness(runId, month, asOf));
		results.add(completeness(runId, month, asOf));
		results.add(this.anomalies.check(runId, month));
		return results;
	}

	/** From the days each post office accepted on, as the run stored them: the events are not read again. */
	private CheckResult freshness(long runId, YearMonth month, LocalDate asOf) {
		LocalDate last = month.atEndOfMonth().isBefore(asOf) ? month.atEndOfMonth() : asOf.minusDays(1);
		List<LocalDate> days = this.jdbc.queryForList("SELECT DISTINCT day FROM reconcile_office_day WHERE run_id = ?",
				LocalDate.class, runId);
		List<String> missing = new ArrayList<>();
		for (LocalDate day = month.atDay(1); !day.isAfter(last); day = day.plusDays(1)) {
			if (!days.contains(day)) {
				missing.add(day.toString());
			}
		}
		String list = String.join(", ", missing.subList(0, Math.min(10, missing.size())))
				+ ((missing.size() > 10) ? ", ..." : "");
		return CheckResult.of("FRESHNESS", Severity.WARNING, missing.size(),
				missing.size() + " days of " + month + " without any accepted item: " + list,
				"items accepted on every day of " + month + " up to " + last);
	}

	private CheckResult completeness(long runId, YearMonth month, LocalDate asOf) {
		Integer[] counts = this.jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(reported_items IS NOT NULL), 0) "
				+ "FROM reconcile_agency WHERE run_id = ? AND on_list",
				(rs, n) -> new Integer[] { rs.getInt(1), rs.getInt(2) }, runId);
		String message = counts[1] + " of " + counts[0] + " agencies reported for " + month;
		if (!month.atEndOfMonth().isBefore(asOf)) {
			return new CheckResult("COMPLETENESS", Severity.INFO, counts[0] - counts[1], message + " (month not over)");
		}
		return (counts[0].equals(counts[1])) ? new CheckResult("COMPLETENESS", Severity.OK, 0, message)
				: new CheckResult("COMPLETENESS", Severity.WARNING, counts[0] - counts[1], message);
	}

	private int count(String sql, Object... arguments) {
		Integer count = this.jdbc.queryForObject(sql, Integer.class, arguments);
		return (count != null) ? count : 0;
	}

}
