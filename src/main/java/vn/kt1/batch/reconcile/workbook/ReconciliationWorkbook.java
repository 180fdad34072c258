package vn.kt1.batch.reconcile.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.kt1.batch.reconcile.decision.MonthDecisions;
import vn.kt1.batch.reconcile.judge.ExceptionKind;
import vn.kt1.batch.reconcile.tally.Flag;
import vn.kt1.batch.shared.code.AgencyCategory;
import vn.kt1.batch.shared.code.AgencyLevel;
import vn.kt1.batch.shared.code.Codes;
import vn.kt1.batch.shared.code.Urgency;
import vn.kt1.batch.shared.code.Zone;
import vn.kt1.batch.shared.xlsx.Column;
import vn.kt1.batch.shared.xlsx.SheetWriter;
import vn.kt1.batch.shared.xlsx.WorkbookWriter;

/**
 * A month's reconciliation as a workbook for people: the agency table, the item exceptions,
 * delivery quality, agencies that sent nothing, and the data checks of the run. Beside the
 * agency's figures, the adjustments finance staff decided (kt1 import decisions) that apply to
 * the run, when it is the month's current one.
 */
@Component
public class ReconciliationWorkbook {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final JdbcTemplate jdbc;

	private final AdoptionCoverage adoption;

	private final MonthDecisions decisions;

	ReconciliationWorkbook(JdbcTemplate jdbc, AdoptionCoverage adoption, MonthDecisions decisions) {
		this.jdbc = jdbc;
		this.adoption = adoption;
		this.decisions = decisions;
	}

	/** @return the number of agency rows written */
	public int write(long runId, Path out) throws IOException {
		RunInfo run = this.jdbc.queryForObject("SELECT month, as_of, payments_judged, job_execution_id, current "
				+ "FROM reconcile_run WHERE id = ?", (rs, n) -> new RunInfo(YearMonth.parse(rs.getString(1)),
						rs.getObject(2, java.time.LocalDate.class), rs.getBoolean(3), rs.getLong(4), rs.getBoolean(5)),
				runId);
		String period = "tháng " + run.month().getMonthValue() + "/" + run.month().getYear();
		String stamp = "Lượt đối soát #" + runId + ", dữ liệu đến ngày " + STAMP.format(run.asOf().minusDays(1))
				+ (run.paymentsJudged() ? "" : "; thanh toán chưa được đánh giá (chưa hết thời hạn)");
		try (WorkbookWriter workbook = new WorkbookWriter()) {
			// decisions apply to the current run only: an earlier run is shown without them
			Map<String, Long> adjusted = run.current() ? this.decisions.adjustments(run.month()) : Map.of();
			int rows = agencies(workbook, runId, period, stamp, adjusted);
			exceptions(workbook, runId, period, stamp);
			quality(workbook, runId, period, stamp);
			nonUsers(workbook, run.month(), period, stamp);
			checks(workbook, runId, period, stamp);
			workbook.save(out);
			return rows;
		}
	}

	private int agencies(WorkbookWriter workbook, long runId, String period, String stamp, Map<String, Long> adjusted) {
		SheetWriter sheet = workbook.sheet("Đối soát", List.of("ĐỐI SOÁT DỊCH VỤ BƯU CHÍNH KT1 " + period.toUpperCase(),
				stamp), List.of(Column.text("Mã đơn vị", 10), Column.text("Tên đơn vị", 55), Column.text("Cấp", 10),
						Column.text("Nhóm", Codes.longestLabel(AgencyCategory.class)), Column.text("Thuộc Phụ lục II", 9),
						Column.integer("Số bưu gửi (bưu điện)"), Column.money("Cước bưu điện (đ)"),
						Column.money("Cước theo biểu giá (đ)"), Column.integer("Số bưu gửi (đơn vị báo cáo)"),
						Column.money("Số tiền (đơn vị báo cáo, đ)"), Column.money("Đã thanh toán (đ)"),
						Column.text("Kết quả đối soát", 40), Column.money("Điều chỉnh đã quyết định (đ)")));
		long[] totals = new long[7];
		this.jdbc.query("SELECT a.*, g.name, g.level, g.category FROM reconcile_agency a LEFT JOIN agency g "
				+ "ON g.code = a.agency_code WHERE a.run_id = ? ORDER BY a.on_list DESC, a.agency_code", (rs) -> {
					Object reportedItems = rs.getObject("reported_items");
					Object reportedVnd = rs.getObject("reported_vnd");
					sheet.row(rs.getString("agency_code"), rs.getString("name"), AgencyLevel.label(rs.getString("level")),
							rs.getString("category"), rs.getBoolean("on_list") ? "Có" : "Không", rs.getInt("po_items"),
							rs.getLong("po_fees_vnd"), rs.getLong("expected_fees_vnd"), reportedItems, reportedVnd,
							rs.getLong("paid_vnd"), labels(rs.getString("flags")), adjusted.get(rs.getString("agency_code")));
					totals[0] += rs.getInt("po_items");
					totals[1] += rs.getLong("po_fees_vnd");
					totals[2] += rs.getLong("expected_fees_vnd");
					totals[3] += rs.getLong("reported_items");
					totals[4] += rs.getLong("reported_vnd");
					totals[5] += rs.getLong("paid_vnd");
					totals[6] += adjusted.getOrDefault(rs.getString("agency_code"), 0L);
				}, runId);
		int rows = sheet.rows();
		sheet.totalRow("Tổng cộng", rows + " đơn vị", null, null, null, totals[0], totals[1], totals[2], totals[3],
				totals[4], totals[5], null, totals[6]);
		sheet.finish();
		return rows;
	}

	private void exceptions(WorkbookWriter workbook, long runId, String period, String stamp) {
		SheetWriter sheet = workbook.sheet("Ngoại lệ", List.of("BƯU GỬI CẦN XỬ LÝ " + period.toUpperCase(), stamp),
				List.of(Column.text("Loại", 16), Column.text("Mã bưu gửi", 15), Column.dateTime("Ngày chấp nhận"),
						Column.text("Bưu cục", 8), Column.text("Đơn vị gửi", 10), Column.money("Cước theo biểu giá (đ)"),
						Column.money("Cước thực thu (đ)"), Column.dateTime("Hạn phát"), Column.dateTime("Ngày phát"),
						Column.text("Lý do", 50)));
		this.jdbc.query("SELECT * FROM reconcile_exception WHERE run_id = ? ORDER BY kind, accepted_at, barcode",
				(rs) -> {
					sheet.row(ExceptionKind.valueOf(rs.getString("kind")).label(), rs.getString("barcode"),
							rs.getObject("accepted_at", java.time.LocalDateTime.class), rs.getString("post_office_code"),
							rs.getString("sender_code"), rs.getObject("expected_vnd"), rs.getObject("actual_vnd"),
							rs.getObject("due_at", java.time.LocalDateTime.class),
							rs.getObject("delivered_at", java.time.LocalDateTime.class), rs.getString("reason"));
				}, runId);
		sheet.finish();
	}

	private void quality(WorkbookWriter workbook, long runId, String period, String stamp) {
		SheetWriter sheet = workbook.sheet("Chất lượng", List.of("CHẤT LƯỢNG PHÁT " + period.toUpperCase(),
				stamp + "; đúng hạn theo chỉ tiêu J + n ngày làm việc"),
				List.of(Column.text("Mã bưu cục", 9), Column.text("Tên bưu cục", 30), Column.text("Phạm vi", 10),
						Column.text("Dịch vụ", 9), Column.integer("Chấp nhận"), Column.integer("Đã phát"),
						Column.integer("Đúng hạn"), Column.integer("Chậm"), Column.integer("Chuyển hoàn"),
						Column.integer("Thất lạc"), Column.integer("Đang phát"), Column.percent("Tỷ lệ đúng hạn")));
		this.jdbc.query("SELECT q.*, p.name FROM delivery_quality q LEFT JOIN post_office p ON p.code = q.post_office_code "
				+ "WHERE q.run_id = ? ORDER BY q.post_office_code, q.scope DESC, q.urgency", (rs) -> {
					int onTime = rs.getInt("on_time");
					int judged = onTime + rs.getInt("late");
					sheet.row(rs.getString("post_office_code"), rs.getString("name"), Zone.label(rs.getString("scope")),
							Urgency.label(rs.getString("urgency")), rs.getInt("accepted"), rs.getInt("delivered"), onTime,
							rs.getInt("late"), rs.getInt("returned"), rs.getInt("lost"), rs.getInt("in_transit"),
							(judged > 0) ? (double) onTime / judged : null);
				}, runId);
		sheet.finish();
	}

	private void nonUsers(WorkbookWriter workbook, YearMonth month, String period, String stamp) {
		SheetWriter sheet = workbook.sheet("Chưa sử dụng", List.of("ĐƠN VỊ PHỤ LỤC II KHÔNG GỬI BƯU GỬI KT1 NÀO "
				+ period.toUpperCase(), stamp), List.of(Column.text("Cấp", 10), Column.text("Nhóm", Codes.longestLabel(AgencyCategory.class)),
						Column.text("Mã đơn vị", 10), Column.text("Tên đơn vị", 50), Column.integer("Số đơn vị"),
						Column.integer("Chưa sử dụng")));
		for (AdoptionCoverage.Coverage group : this.adoption.byGroup(month, month)) {
			sheet.totalRow(AgencyLevel.label(group.level()), AgencyCategory.label(group.category()), null, null, group.agencies(), group.nonUsers());
		}
		for (AdoptionCoverage.NonUser agency : this.adoption.nonUsers(month, month)) {
			sheet.row(AgencyLevel.label(agency.level()), AgencyCategory.label(agency.category()), agency.code(), agency.name(), null, null);
		}
		sheet.finish();
	}

	private void checks(WorkbookWriter workbook, long runId, String period, String stamp) {
		SheetWriter sheet = workbook.sheet("Kiểm tra dữ liệu", List.of("KIỂM TRA DỮ LIỆU " + period.toUpperCase(), stamp),
				List.of(Column.text("Mức", 9), Column.text("Kiểm tra", 22), Column.integer("Số phát hiện"),
						Column.text("Nội dung", 80)));
		this.jdbc.query("SELECT severity, check_name, findings, message FROM data_check WHERE run_id = ? "
				+ "ORDER BY FIELD(severity, 'ERROR', 'WARNING', 'INFO', 'OK'), check_name", (rs) -> {
					sheet.row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4));
				}, runId);
		sheet.finish();
	}

	private static String labels(String flags) {
		return Arrays.stream(flags.split(",")).map((flag) -> Flag.valueOf(flag).label()).collect(Collectors.joining("; "));
	}

	private record RunInfo(YearMonth month, java.time.LocalDate asOf, boolean paymentsJudged, long jobExecutionId,
			boolean current) {
	}

}
