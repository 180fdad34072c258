package vn.kt1.batch.reconcile.checks;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stops an estimate or a report built on data with {@code ERROR} checks, unless the operator
 * overrides them with a reason; the override is recorded per check (who, when, why, for what).
 */
@Component
public class DataCheckGate {

	/**
	 * What a standing override is recorded for: an ERROR check overridden in the web console,
	 * with a reason, blocks no estimate or report after that.
	 */
	public static final String STANDING = "mọi dự toán và báo cáo";

	private final JdbcTemplate jdbc;

	DataCheckGate(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param from first month of the data used
	 * @param to last month of the data used
	 * @param purpose what would be built, e.g. {@code estimateJob year=2027}
	 * @param overrideReason the operator's reason to go on anyway, or {@code null}
	 * @throws DataChecksFailedException when ERROR checks exist and no reason was given; it
	 * leaves how to give one to the command that was typed
	 */
	public void require(YearMonth from, YearMonth to, String purpose, String overrideReason) {
		List<FailedCheck> failed = this.jdbc.query("SELECT c.id, r.month, c.check_name, c.message FROM data_check c "
				+ "JOIN reconcile_run r ON r.id = c.run_id WHERE r.current AND r.month BETWEEN ? AND ? "
				+ "AND c.severity = 'ERROR' AND NOT EXISTS (SELECT 1 FROM data_check_override o WHERE o.check_id = c.id "
				+ "AND o.overridden_for = ?) ORDER BY r.month, c.check_name",
				(rs, n) -> new FailedCheck(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
				from.toString(), to.toString(), STANDING);
		if (failed.isEmpty()) {
			return;
		}
		if (overrideReason == null || overrideReason.isBlank()) {
			FailedCheck first = failed.get(0);
			throw new DataChecksFailedException(failed.size() + " ERROR data check(s) in " + from + ".." + to
					+ ", first " + first.month() + " " + first.name() + ": " + first.message()
					+ "; correct the data and reconcile again", "recorded");
		}
		Timestamp now = Timestamp.from(Instant.now());
		for (FailedCheck check : failed) {
			this.jdbc.update("INSERT INTO data_check_override (check_id, overridden_for, overridden_at, overridden_by, "
					+ "reason) VALUES (?, ?, ?, ?, ?)", check.id(), purpose, now, System.getProperty("user.name"),
					overrideReason);
		}
	}

	private record FailedCheck(long id, String month, String name, String message) {
	}

}
