package vn.kt1.batch.alert.event;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.kt1.batch.alert.Alert;
import vn.kt1.batch.alert.AlertKind;
import vn.kt1.batch.alert.Attachment;
import vn.kt1.batch.alert.Letter;
import vn.kt1.batch.alert.Outbox;

/**
 * A budget estimate made: finance staff ({@code estimates}) receive the workbook (attached, or
 * linked when it exceeds the attachment limit) with the total and the backtest's figures in
 * the body. One message per completed estimate run (event {@code estimate:run:ID}), read from
 * the run's stored figures ({@code estimate_run}, {@code estimate_backtest}).
 */
@Component
class EstimateAlerts {

	private final Outbox outbox;

	private final JdbcTemplate jdbc;

	private final OutputFiles files;

	private final ConsoleLinks links;

	EstimateAlerts(Outbox outbox, JdbcTemplate jdbc, OutputFiles files, ConsoleLinks links) {
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.files = files;
		this.links = links;
	}

	/** @return the messages written for estimate runs completed since the given time */
	List<Long> sweep(LocalDateTime since) {
		List<Long> written = new ArrayList<>();
		this.jdbc.query("SELECT r.id, r.year, r.job_execution_id, r.as_of, r.history_from, r.history_to, r.agencies, "
				+ "r.peer_agencies, r.review_agencies, r.items, r.base_vnd, r.total_vnd, r.contingency_percent, "
				+ "r.sub_item, r.sub_item_name, r.override_reason, r.workbook FROM estimate_run r "
				+ "WHERE r.status = 'COMPLETED' AND r.finished_at >= ? AND NOT EXISTS (SELECT 1 FROM alert_event a "
				+ "WHERE a.event_key = CONCAT('estimate:run:', r.id)) ORDER BY r.id",
				(rs, n) -> new Run(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getDate(4).toLocalDate(),
						YearMonth.parse(rs.getString(5)), YearMonth.parse(rs.getString(6)), rs.getInt(7),
						rs.getInt(8), rs.getInt(9), rs.getBigDecimal(10), rs.getLong(11), rs.getLong(12),
						rs.getBigDecimal(13), rs.getString(14), rs.getString(15), rs.getString(16),
						rs.getString(17)),
				Timestamp.valueOf(since))
			.forEach((run) -> this.outbox.record(alert(run)).ifPresent(written::add));
		return written;
	}

	private Alert alert(Run run) {
		Letter letter = new Letter().paragraph("Dự toán kinh phí sử dụng dịch vụ bưu chính KT1 năm " + run.year()
				+ " đã lập xong (lần tính #" + run.id() + ", estimateJob #" + run.execution() + "), lập ngày "
				+ Texts.day(run.asOf()) + " từ số liệu " + month(run.historyFrom()) + "–" + month(run.historyTo())
				+ ".")
			.fact("Tổng dự toán", vn.kt1.batch.shared.Vnd.format(run.totalVnd()))
			.fact("Trước dự phòng", vn.kt1.batch.shared.Vnd.format(run.baseVnd()))
			.fact("Dự phòng", Texts.percent(run.contingency(), false))
			.fact("Số đơn vị", Texts.count(run.agencies()) + " (" + Texts.count(run.peerAgencies())
					+ " theo trung vị nhóm, " + Texts.count(run.reviewAgencies()) + " cần xem lại)")
			.fact("Số bưu gửi dự kiến", Texts.count(run.items().setScale(0, java.math.RoundingMode.HALF_UP).longValue()))
			.fact("Tiểu mục", run.subItem() + " " + run.subItemName());
		backtest(letter, run.id());
		if (run.overrideReason() != null) {
			letter.paragraph("Lưu ý: dự toán được lập dù có kiểm tra dữ liệu mức ERROR, với lý do: "
					+ run.overrideReason());
		}
		List<Attachment> attached = this.files.attach(letter, (run.workbook() != null) ? List.of(run.workbook())
				: List.of(), this.links.estimate(run.year()));
		letter.link("Dự toán năm " + run.year() + " trên bảng điều khiển", this.links.estimate(run.year()));
		return Alert.of(AlertKind.ESTIMATE, "estimate:run:" + run.id(), "Dự toán kinh phí KT1 năm " + run.year() + ": "
				+ vn.kt1.batch.shared.Vnd.format(run.totalVnd()), letter).withAttachments(attached);
	}

	private void backtest(Letter letter, long runId) {
		this.jdbc.query("SELECT year, compared_from, compared_to, compared_months, estimate_vnd, actual_vnd, "
				+ "total_error_percent, mape, smape, within_percent, agencies_within, agencies_charged, note "
				+ "FROM estimate_backtest WHERE run_id = ?", (rs) -> {
					letter.heading("Kiểm tra phương pháp trên năm " + rs.getInt(1) + " (backtest)");
					if (rs.getInt(4) == 0) {
						letter.paragraph("Không có: " + rs.getString(13));
						return;
					}
					letter.fact("Số tháng so sánh", rs.getInt(4) + " (" + month(YearMonth.parse(rs.getString(2))) + "–"
							+ month(YearMonth.parse(rs.getString(3))) + ")")
						.fact("Dự toán theo phương pháp", vn.kt1.batch.shared.Vnd.format(rs.getLong(5)))
						.fact("Cước thực tế", vn.kt1.batch.shared.Vnd.format(rs.getLong(6)))
						.fact("Sai lệch tổng", Texts.percent(rs.getBigDecimal(7), true))
						.fact("Sai số theo đơn vị (MAPE)", Texts.percent(rs.getBigDecimal(8), false))
						.fact("sMAPE", Texts.percent(rs.getBigDecimal(9), false))
						.fact("Đơn vị trong ±10 %", Texts.percent(rs.getBigDecimal(10), false) + " (" + rs.getInt(11)
								+ " / " + rs.getInt(12) + ")");
				}, runId);
	}

	private static String month(YearMonth month) {
		return String.format("%02d/%d", month.getMonthValue(), month.getYear());
	}

	private record Run(long id, int year, long execution, LocalDate asOf, YearMonth historyFrom, YearMonth historyTo,
			int agencies, int peerAgencies, int reviewAgencies, BigDecimal items, long baseVnd, long totalVnd,
			BigDecimal contingency, String subItem, String subItemName, String overrideReason, String workbook) {
	}

}
