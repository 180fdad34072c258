package vn.kt1.batch.reconcile.signoff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.kt1.batch.admin.AdminAudit;
import vn.kt1.batch.admin.PeriodSignatures;
import vn.kt1.batch.reconcile.ReconcileParameters;

/**
 * Month sign-off: a finance officer signs the month's current reconciliation run. A signed
 * month is not reconciled again silently: the nightly chain leaves it alone, and a run asked
 * with {@code --rerun --reason} (or the console's form with a reason) supersedes the
 * signature before it starts. Rows are never deleted; each sign-off and supersession is also
 * in {@code admin_audit}.
 */
@Repository
public class MonthSignoffs implements PeriodSignatures {

	private static final String COLUMNS = "id, month, run_id, signed_by, signed_at, reason, superseded_at, "
			+ "superseded_by, superseded_reason";

	private final JdbcTemplate jdbc;

	private final AdminAudit audit;

	private final TransactionTemplate transaction;

	MonthSignoffs(JdbcTemplate jdbc, AdminAudit audit, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Sign the month's current reconciliation run.
	 * @throws SignoffException when the month has no completed current run, or it is signed already
	 */
	public Signoff sign(YearMonth month, String reason) {
		// the audit row is written outside the sign-off's transaction, so a refusal is recorded too
		this.audit.audited("signoff", "reconcileJob month=" + month, reason,
				() -> this.transaction.execute((status) -> signCurrentRun(month, reason)));
		return standing(month).orElseThrow();
	}

	private String signCurrentRun(YearMonth month, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new SignoffException("ký xác nhận cần lý do (--reason)");
		}
		// the run row is locked: a run of the month that completes meanwhile waits for this signature
		Long run = this.jdbc.query("SELECT id FROM reconcile_run WHERE month = ? AND current AND status = 'COMPLETED' "
				+ "FOR UPDATE", (rs) -> rs.next() ? rs.getLong(1) : null, month.toString());
		if (run == null) {
			throw new SignoffException("tháng " + month + " chưa có lần đối soát hoàn thành: kt1 run reconcile month="
					+ month);
		}
		Optional<Signoff> standing = standing(month);
		if (standing.isPresent() && standing.get().runId() == run) {
			throw new SignoffException("tháng " + month + " đã được " + standing.get().line());
		}
		standing.ifPresent((earlier) -> close(earlier, "lần đối soát #" + run + " được ký"));
		this.jdbc.update("INSERT INTO month_signoff (month, run_id, signed_by, signed_at, reason) VALUES (?, ?, ?, ?, ?)",
				month.toString(), run, who(), Timestamp.valueOf(LocalDateTime.now()), reason.strip());
		return "signed run " + run;
	}

	/** @return the month's standing signature */
	public Optional<Signoff> standing(YearMonth month) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM month_signoff WHERE month = ? AND superseded_at IS NULL",
				MonthSignoffs::signoff, month.toString()).stream().findFirst();
	}

	/** @return every signature of these months, superseded ones too, by month then time */
	public List<Signoff> history(YearMonth from, YearMonth to) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM month_signoff WHERE month BETWEEN ? AND ? ORDER BY month, id",
				MonthSignoffs::signoff, from.toString(), to.toString());
	}

	/** @return the standing signatures of these runs, by month */
	public Map<YearMonth, Signoff> standingOn(Collection<Long> runIds) {
		if (runIds.isEmpty()) {
			return Map.of();
		}
		String ids = runIds.stream().map(String::valueOf).collect(Collectors.joining(","));
		return this.jdbc
			.query("SELECT " + COLUMNS + " FROM month_signoff WHERE superseded_at IS NULL AND run_id IN (" + ids + ")",
					MonthSignoffs::signoff)
			.stream()
			.collect(Collectors.toMap(Signoff::month, Function.identity()));
	}

	@Override
	@Transactional
	public Optional<String> supersede(String jobName, JobParameters period, String reason) {
		if (!ReconcileParameters.JOB.equals(jobName) || period.getString(ReconcileParameters.MONTH) == null) {
			return Optional.empty();
		}
		Optional<Signoff> standing = standing(YearMonth.parse(period.getString(ReconcileParameters.MONTH)));
		standing.ifPresent((signoff) -> {
			close(signoff, reason);
			this.audit.record("signoff-superseded", "reconcileJob month=" + signoff.month(), reason,
					"superseded signature of run " + signoff.runId());
		});
		return standing.map((signoff) -> "chữ ký xác nhận tháng " + signoff.month() + " (" + signoff.line()
				+ ") bị thay thế: tháng được đối soát lại");
	}

	private void close(Signoff signoff, String reason) {
		this.jdbc.update("UPDATE month_signoff SET superseded_at = ?, superseded_by = ?, superseded_reason = ? "
				+ "WHERE id = ? AND superseded_at IS NULL", Timestamp.valueOf(LocalDateTime.now()), who(), reason,
				signoff.id());
	}

	private static String who() {
		String web = AdminAudit.webUser();
		return (web != null) ? web : System.getProperty("user.name");
	}

	private static Signoff signoff(ResultSet rs, int row) throws SQLException {
		Timestamp superseded = rs.getTimestamp(7);
		return new Signoff(rs.getLong(1), YearMonth.parse(rs.getString(2)), rs.getLong(3), rs.getString(4),
				rs.getTimestamp(5).toLocalDateTime(), rs.getString(6),
				(superseded != null) ? superseded.toLocalDateTime() : null, rs.getString(8), rs.getString(9));
	}

}
