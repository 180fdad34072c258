package vn.kt1.batch.report.annex;

import java.util.List;

import vn.kt1.batch.incident.Incident;
import vn.kt1.batch.report.figures.ReportContext;
import vn.kt1.batch.report.figures.VietnameseText;
import vn.kt1.batch.report.figures.YearFigures.Continuity;
import vn.kt1.batch.report.figures.YearFigures.ContinuityCell;
import vn.kt1.batch.report.figures.YearFigures.SilentDay;
import vn.kt1.batch.shared.xlsx.Column;
import vn.kt1.batch.shared.xlsx.SheetWriter;
import vn.kt1.batch.shared.xlsx.WorkbookWriter;

/**
 * Sheet "Liên tục, an ninh": items accepted and delivered per post office and kind of day, and
 * at night; the days a post office accepted nothing though it usually does; the incidents.
 */
final class SafetySheet {

	static final String NAME = "Liên tục, an ninh";

	private SafetySheet() {
	}

	static void write(WorkbookWriter workbook, ReportContext report) {
		Continuity c = report.figures().continuity();
		SheetWriter sheet = workbook.sheet(NAME, List.of("TÍNH LIÊN TỤC, AN NINH, AN TOÀN NĂM " + report.period().year(),
				report.periodLine(), "Ban đêm: " + c.night() + ". Bưu gửi phát tính cho bưu cục chấp nhận."));
		sheet.table("1. Chấp nhận và phát theo bưu cục và loại ngày",
				List.of(Column.text("Mã bưu cục", 10), Column.text("Tên bưu cục", 34), Column.text("Loại ngày", 20),
						Column.integer("Chấp nhận"), Column.integer("Chấp nhận ban đêm"), Column.integer("Phát"),
						Column.integer("Phát ban đêm")));
		for (ContinuityCell cell : c.cells()) {
			sheet.row(cell.postOffice(), cell.postOfficeName(), cell.day().label(), cell.accepted(),
					cell.acceptedNight(), cell.delivered(), cell.deliveredNight());
		}
		ContinuityCell all = c.total(null);
		sheet.totalRow("Cộng", null, null, all.accepted(), all.acceptedNight(), all.delivered(), all.deliveredNight());
		sheet.table("2. Ngày bưu cục thường xuyên chấp nhận mà không chấp nhận bưu gửi nào",
				List.of(Column.text("Mã bưu cục", 10), Column.text("Tên bưu cục", 34), Column.text("Loại ngày", 20),
						Column.date("Ngày")));
		for (SilentDay day : c.silentDays()) {
			sheet.row(day.postOffice(), day.postOfficeName(), day.kind().label(), day.day());
		}
		sheet.note("Thường xuyên: có bưu gửi ở ít nhất " + VietnameseText.percent(Math.round(c.usualShare() * 1000), 1000)
				+ " số ngày cùng loại trong tháng, giữa ngày đầu và ngày cuối tháng có bưu gửi (ít nhất 4 ngày).");
		sheet.table("3. Sự cố (sổ sự cố)",
				List.of(Column.dateTime("Thời điểm"), Column.text("Mã bưu cục", 10), Column.text("Mã bưu gửi", 15),
						Column.text("Độ mật", 8), Column.text("Loại sự cố", 14), Column.text("Mô tả", 40),
						Column.text("Xử lý", 34), Column.text("Đã báo cáo", 24)));
		for (Incident incident : report.figures().security().incidents()) {
			sheet.row(incident.occurredAt(), incident.postOfficeCode(), incident.barcode(), incident.secrecy(),
					incident.kind().label(), incident.description(), incident.handling(), incident.reportedTo());
		}
		sheet.finish();
	}

}
