package vn.kt1.batch.report.annex;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import vn.kt1.batch.report.figures.ReportContext;
import vn.kt1.batch.report.figures.ReportPeriod;
import vn.kt1.batch.report.figures.ReportQueries;
import vn.kt1.batch.report.figures.ReportRows;
import vn.kt1.batch.report.figures.VietnameseText;
import vn.kt1.batch.report.figures.YearFigures;
import vn.kt1.batch.shared.xlsx.Column;
import vn.kt1.batch.shared.xlsx.SheetWriter;
import vn.kt1.batch.shared.xlsx.WorkbookWriter;

/**
 * Sheet "Nguồn dữ liệu": where every figure comes from: this run, the reconciliation runs
 * used (with the finance officers' sign-offs), their data checks and any override, and the
 * input files (with their SHA-256): those whose items the period's runs counted, and the
 * usage reports and vouchers of the period.
 */
final class SourcesSheet {

	static final String NAME = "Nguồn dữ liệu";

	private static final String RUNS = """
			SELECT month, id, job_execution_id, as_of, finished_at, items, fees_vnd
			  FROM reconcile_run WHERE id IN (:runs) ORDER BY month
			""";

	private static final String CHECKS = """
			SELECT r.month, c.check_name, c.severity, c.findings, c.message, o.overridden_for, o.overridden_by,
			       o.overridden_at, o.reason
			  FROM data_check c JOIN reconcile_run r ON r.id = c.run_id
			  LEFT JOIN data_check_override o ON o.check_id = c.id
			 WHERE c.run_id IN (:runs) AND c.severity <> 'OK'
			 ORDER BY r.month, FIELD(c.severity, 'ERROR', 'WARNING', 'INFO'), c.check_name, o.id
			""";

	private static final String FILES = """
			SELECT f.id, f.kind, f.file_name, f.sha256, f.status, f.rows_loaded, f.rows_rejected, f.business_date,
			       f.finished_at
			  FROM (SELECT file_id FROM reconcile_source_file WHERE run_id IN (:runs)
			        UNION SELECT file_id FROM usage_report WHERE period BETWEEN :first AND :last
			        UNION SELECT file_id FROM payment_voucher WHERE period BETWEEN :first AND :last) used
			  JOIN input_file f ON f.id = used.file_id
			 ORDER BY FIELD(f.kind, 'THROUGHPUT', 'USAGE', 'SPENDING'), f.business_date, f.file_name, f.id
			""";

	private SourcesSheet() {
	}

	static void write(WorkbookWriter workbook, ReportContext report, ReportQueries queries, String estimateSource,
			String norms) {
		ReportPeriod period = report.period();
		SheetWriter sheet = workbook.sheet(NAME,
				List.of("NGUỒN SỐ LIỆU CỦA BÁO CÁO NĂM " + period.year(), report.periodLine()));
		about(sheet, report, estimateSource, norms);
		runs(sheet, report, queries);
		sheet.table("3. Kiểm tra dữ liệu của các lần đối soát (trừ kiểm tra đạt)",
				List.of(Column.text("Tháng", 9), Column.text("Kiểm tra", 22), Column.text("Mức độ", 9),
						Column.integer("Số phát hiện"), Column.text("Nội dung", 40), Column.text("Bỏ qua cho", 16),
						Column.text("Người bỏ qua", 12), Column.dateTime("Bỏ qua lúc"), Column.text("Lý do bỏ qua", 40)));
		queries.stream(CHECKS, runParameter(report, both(period)), (rs) -> {
			sheet.row(VietnameseText.month(YearMonth.parse(rs.getString(1))), rs.getString(2), rs.getString(3),
					rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), ReportRows.time(rs, 8),
					rs.getString(9));
		});
		sheet.table("4. Tệp dữ liệu đầu vào có số liệu trong kỳ",
				List.of(Column.text("Mã tệp", 9), Column.text("Loại", 12), Column.date("Ngày nghiệp vụ"),
						Column.text("Trạng thái", 10), Column.text("Tên tệp", 36), Column.integer("Dòng đã nạp"),
						Column.integer("Dòng bị loại"), Column.dateTime("Nạp xong lúc"), Column.text("SHA-256", 66)));
		queries.stream(FILES, Map.of("runs", ReportQueries.runs(report.figures().runs().ids(period.months())), "first",
				period.first().toString(), "last", period.last().toString()), (rs) -> {
					sheet.row(rs.getString(1), rs.getString(2), rs.getObject(8, LocalDate.class), rs.getString(5),
							rs.getString(3), rs.getLong(6), rs.getLong(7), ReportRows.time(rs, 9), rs.getString(4));
				});
		sheet.finish();
	}

	private static void about(SheetWriter sheet, ReportContext report, String estimateSource, String norms) {
		ReportPeriod period = report.period();
		sheet.caption("1. Báo cáo");
		sheet.note("Kỳ số liệu: " + VietnameseText.month(period.first()) + " – " + VietnameseText.month(period.last())
				+ " (các tháng trọn vẹn đến ngày chốt " + VietnameseText.day(period.cutoff()) + ").");
		sheet.note("Lập lúc " + report.madeAt().format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))
				+ " bởi yearEndReportJob, lần thực hiện số " + report.jobExecutionId() + ".");
		sheet.note("Bỏ qua kiểm tra lỗi: " + ((report.overrideReason() != null)
				? "có, lý do: " + report.overrideReason() : "không") + ".");
		sheet.note("Dự toán: " + estimateSource + ".");
		sheet.note("Chỉ tiêu thời gian: " + norms + ".");
		sheet.note("Sản lượng (cả theo độ mật và loại bưu gửi), cước, chất lượng, tính liên tục, đối soát: các lần "
				+ "đối soát hằng tháng (mục 2); sự cố: sổ sự cố do bưu điện nhập (kt1 incidents).");
	}

	private static void runs(SheetWriter sheet, ReportContext report, ReportQueries queries) {
		YearFigures figures = report.figures();
		sheet.table("2. Các lần đối soát được dùng (tháng trong kỳ và cùng kỳ năm trước)",
				List.of(Column.text("Tháng", 9), Column.integer("Lần đối soát"), Column.integer("Lần chạy reconcileJob"),
						Column.date("Ngày xét"), Column.dateTime("Hoàn thành lúc"), Column.integer("Số bưu gửi"),
						Column.money("Cước (đồng)"), Column.integer("Tệp nạp sau đối soát"), Column.text("Ghi chú", 40),
						Column.text("Ký xác nhận", 36)));
		queries.stream(RUNS, runParameter(report, both(report.period())), (rs) -> {
			YearMonth month = YearMonth.parse(rs.getString(1));
			Long filesAfter = figures.filesAfter().get(month);
			sheet.row(VietnameseText.month(month), rs.getLong(2), rs.getLong(3), rs.getObject(4, LocalDate.class),
					ReportRows.time(rs, 5), rs.getLong(6), rs.getLong(7), filesAfter,
					(filesAfter == null) ? "Cùng kỳ năm trước"
							: (filesAfter > 0) ? "Có tệp số liệu nạp sau khi đối soát: nên đối soát lại tháng này"
									: null,
					Optional.ofNullable(figures.signoffs().get(month))
						.map((signoff) -> signoff.line() + ": " + signoff.reason())
						.orElse((filesAfter == null) ? null : "Chưa ký"));
		});
		for (YearMonth month : figures.runs().missing(both(report.period()))) {
			sheet.row(VietnameseText.month(month), null, null, null, null, null, null, null, "Chưa đối soát", null);
		}
	}

	private static List<YearMonth> both(ReportPeriod period) {
		return Stream.concat(period.previousYearMonths().stream(), period.months().stream()).toList();
	}

	private static Map<String, Object> runParameter(ReportContext report, List<YearMonth> months) {
		return Map.of("runs", ReportQueries.runs(report.figures().runs().ids(months)));
	}

}
