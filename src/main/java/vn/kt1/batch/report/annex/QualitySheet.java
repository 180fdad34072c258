package vn.kt1.batch.report.annex;

import java.time.YearMonth;
import java.util.List;

import vn.kt1.batch.reconcile.quality.DeliveryNorms;
import vn.kt1.batch.report.document.NormText;
import vn.kt1.batch.report.figures.Quality;
import vn.kt1.batch.report.figures.ReportContext;
import vn.kt1.batch.report.figures.VietnameseText;
import vn.kt1.batch.report.figures.YearFigures;
import vn.kt1.batch.shared.code.Codes;
import vn.kt1.batch.shared.code.Urgency;
import vn.kt1.batch.shared.code.Zone;
import vn.kt1.batch.shared.xlsx.Column;
import vn.kt1.batch.shared.xlsx.SheetWriter;
import vn.kt1.batch.shared.xlsx.WorkbookWriter;

/**
 * Sheet "Chất lượng": on-time delivery by service and scope against the norms J + n (target
 * 100 %), then the on-time share by month.
 */
final class QualitySheet {

	static final String NAME = "Chất lượng";

	private QualitySheet() {
	}

	static void write(WorkbookWriter workbook, ReportContext report, DeliveryNorms norms) {
		YearFigures figures = report.figures();
		SheetWriter sheet = workbook.sheet(NAME, List.of(
				"CHẤT LƯỢNG DỊCH VỤ BƯU CHÍNH KT1 NĂM " + report.period().year() + " SO VỚI CHỈ TIÊU THỜI GIAN",
				report.periodLine(),
				"Chỉ tiêu thời gian toàn trình tính từ ngày chấp nhận (J) đến lần phát đầu tiên, theo ngày làm việc; "
						+ "mục tiêu 100% bưu gửi phát đúng chỉ tiêu."));
		sheet.table("1. Theo dịch vụ và phạm vi", List.of(Column.text("Dịch vụ", 12), Column.text("Phạm vi", 12),
				Column.text("Chỉ tiêu thời gian", 24), Column.integer("Chấp nhận"), Column.integer("Đã phát"),
				Column.integer("Phát đúng hạn"), Column.integer("Phát chậm"), Column.percent("Tỷ lệ đúng hạn"),
				Column.percent("Mục tiêu"), Column.percent("Chênh lệch so với mục tiêu"), Column.integer("Chuyển hoàn"),
				Column.integer("Thất lạc"), Column.integer("Đang phát, chưa đến hạn")));
		for (String urgency : Codes.codes(Urgency.class)) {
			for (String scope : Codes.codes(Zone.class)) {
				Quality q = figures.quality((cell) -> figures.inPeriod(cell.month()) && cell.urgency().equals(urgency)
						&& cell.scope().equals(scope));
				row(sheet, Urgency.label(urgency), Zone.label(scope),
						NormText.of(norms, report.period(), scope, urgency), q);
			}
		}
		Quality all = figures.quality();
		sheet.totalRow("Cộng", null, null, all.accepted(), all.delivered(), all.onTime(), all.late(),
				all.onTimeShare(), 1.0, gap(all), all.returned(), all.lost(), all.inTransit());
		byMonth(sheet, figures);
		sheet.finish();
	}

	private static void row(SheetWriter sheet, String service, String scope, String norm, Quality q) {
		sheet.row(service, scope, norm, q.accepted(), q.delivered(), q.onTime(), q.late(), q.onTimeShare(), 1.0, gap(q),
				q.returned(), q.lost(), q.inTransit());
	}

	private static void byMonth(SheetWriter sheet, YearFigures figures) {
		sheet.table("2. Tỷ lệ phát đúng hạn theo tháng", List.of(Column.text("Tháng", 12),
				Column.percent(Zone.label("NOI_TINH")), Column.percent(Zone.label("LIEN_TINH")),
				Column.percent(Urgency.label("KT1")), Column.percent(Urgency.label("HT")),
				Column.percent(Urgency.label("HG")), Column.percent("Chung")));
		for (YearMonth month : figures.period().months()) {
			sheet.row(VietnameseText.month(month), share(figures, month, "NOI_TINH", null),
					share(figures, month, "LIEN_TINH", null), share(figures, month, null, "KT1"),
					share(figures, month, null, "HT"), share(figures, month, null, "HG"),
					share(figures, month, null, null));
		}
	}

	private static Double share(YearFigures figures, YearMonth month, String scope, String urgency) {
		return figures.quality((cell) -> cell.month().equals(month) && (scope == null || cell.scope().equals(scope))
				&& (urgency == null || cell.urgency().equals(urgency))).onTimeShare();
	}

	private static Double gap(Quality q) {
		Double share = q.onTimeShare();
		return (share != null) ? share - 1.0 : null;
	}

}
