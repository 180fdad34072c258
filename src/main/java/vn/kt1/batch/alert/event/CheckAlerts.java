package vn.kt1.batch.alert.event;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.kt1.batch.alert.Alert;
import vn.kt1.batch.alert.AlertKind;
import vn.kt1.batch.alert.Letter;
import vn.kt1.batch.alert.Outbox;

/**
 * Data checks at {@code ERROR}: one message to {@code checks} per completed reconciliation run
 * that has any (event {@code data-checks:run:ID}), listing each with what it found.
 */
@Component
class CheckAlerts {

	private final Outbox outbox;

	private final JdbcTemplate jdbc;

	private final ConsoleLinks links;

	CheckAlerts(Outbox outbox, JdbcTemplate jdbc, ConsoleLinks links) {
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.links = links;
	}

	/** @return the messages written for runs completed since the given time */
	List<Long> sweep(LocalDateTime since) {
		List<Long> written = new ArrayList<>();
		this.jdbc.query("SELECT r.id, r.month, r.job_execution_id FROM reconcile_run r WHERE r.status = 'COMPLETED' "
				+ "AND r.finished_at >= ? AND EXISTS (SELECT 1 FROM data_check c WHERE c.run_id = r.id AND "
				+ "c.severity = 'ERROR') AND NOT EXISTS (SELECT 1 FROM alert_event a WHERE a.event_key = "
				+ "CONCAT('data-checks:run:', r.id)) ORDER BY r.id", (rs, n) -> new Run(rs.getLong(1),
						YearMonth.parse(rs.getString(2)), rs.getLong(3)), Timestamp.valueOf(since))
			.forEach((run) -> this.outbox.record(alert(run)).ifPresent(written::add));
		return written;
	}

	private Alert alert(Run run) {
		List<String> errors = this.jdbc.query("SELECT check_name, findings, message FROM data_check WHERE run_id = ? "
				+ "AND severity = 'ERROR' ORDER BY check_name", (rs, n) -> rs.getString(1) + " ("
						+ Texts.count(rs.getInt(2)) + "): " + rs.getString(3), run.id());
		int warnings = this.jdbc.queryForObject("SELECT COUNT(*) FROM data_check WHERE run_id = ? AND severity = "
				+ "'WARNING'", Integer.class, run.id());
		String month = String.format("%02d/%d", run.month().getMonthValue(), run.month().getYear());
		Letter letter = new Letter()
			.paragraph("Đối soát tháng " + month + " (lần đối soát #" + run.id() + ", reconcileJob #" + run.execution()
					+ ") có " + errors.size() + " kiểm tra dữ liệu mức ERROR" + ((warnings > 0) ? " và " + warnings
							+ " mức WARNING" : "") + ":")
			.items(errors)
			.paragraph("Khi còn lỗi ERROR, dự toán và báo cáo năm dùng tháng này bị chặn cho đến khi dữ liệu được sửa "
					+ "và đối soát lại, hoặc người có thẩm quyền cho chạy tiếp kèm lý do (overrideChecks=\"lý do\", "
					+ "được ghi lại).")
			.paragraph("Xem chi tiết và bảng đối soát:")
			.verbatim(List.of("./kt1 checks --run " + run.id(), "./kt1 export reconciliation --month " + run.month()
					+ " --out doi-soat-" + run.month() + ".xlsx"))
			.paragraph("Sau khi sửa dữ liệu, đối soát lại:")
			.verbatim(List.of("./kt1 run reconcile month=" + run.month() + " --rerun --reason \"đã sửa dữ liệu\""))
			.link("Kiểm tra dữ liệu trên bảng điều khiển", this.links.checks(run.month()));
		return Alert.of(AlertKind.DATA_CHECKS, "data-checks:run:" + run.id(),
				"Kiểm tra dữ liệu tháng " + month + ": " + errors.size() + " lỗi mức ERROR", letter);
	}

	private record Run(long id, YearMonth month, long execution) {
	}

}
