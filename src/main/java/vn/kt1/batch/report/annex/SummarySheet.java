package vn.kt1.batch.report.annex;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.kt1.batch.report.document.OfficialForm;
import vn.kt1.batch.report.figures.Quality;
import vn.kt1.batch.report.figures.ReportContext;
import vn.kt1.batch.report.figures.VietnameseText;
import vn.kt1.batch.report.figures.YearFigures.ItemCell;
import vn.kt1.batch.report.figures.YearFigures.MonthTotal;
import vn.kt1.batch.report.figures.YearFigures;
import vn.kt1.batch.shared.code.Codes;
import vn.kt1.batch.shared.code.ItemType;
import vn.kt1.batch.shared.code.Secrecy;
import vn.kt1.batch.shared.code.Urgency;
import vn.kt1.batch.shared.code.Zone;
import vn.kt1.batch.shared.xlsx.Column;
import vn.kt1.batch.shared.xlsx.SheetWriter;
import vn.kt1.batch.shared.xlsx.WorkbookWriter;

/**
 * Sheet "Tổng hợp": items, fees and quality by month, by service, secrecy, type and scope,
 * and the comparison with the same months a year earlier. Its monthly table feeds the
 * charts.
 */
final class SummarySheet {

	static final String NAME = "Tổng hợp";

	/** Columns of the monthly table that the charts read (0-based). */
	static final int MONTH_COLUMN = 0, FIRST_URGENCY_COLUMN = 2, ON_TIME_COLUMN = 8, PREVIOUS_ON_TIME_COLUMN = 13;

	private SummarySheet() {
	}

	/** @return the rows of the monthly table (0-based, first and last month) */
	static int[] write(WorkbookWriter workbook, ReportContext report) {
		YearFigures figures = report.figures();
		int year = report.period().year();
		SheetWriter sheet = workbook.sheet(NAME,
				List.of(OfficialForm.annexHeading(report.issuer()).get(0),
						"SỐ LIỆU CUNG ỨNG VÀ SỬ DỤNG DỊCH VỤ BƯU CHÍNH KT1 NĂM " + year,
						OfficialForm.annexHeading(report.issuer()).get(1), report.periodLine()));
		int[] months = months(sheet, figures);
		byService(sheet, figures);
		byDimension(sheet, figures, "3. Theo độ mật", "Độ mật", Codes.codes(Secrecy.class), Secrecy::label, ItemCell::secrecy);
		byDimension(sheet, figures, "4. Theo loại bưu gửi", "Loại bưu gửi", Codes.codes(ItemType.class), ItemType::label,
				ItemCell::itemType);
		byScope(sheet, figures);
		comparison(sheet, figures, year);
		sheet.onePage().finish();
		return months;
	}

	private static int[] months(SheetWriter sheet, YearFigures figures) {
		sheet.table("1. Sản lượng, cước và chất lượng theo tháng", List.of(Column.text("Tháng", 10),
				Column.integer("Số bưu gửi"), Column.integer("Thường"), Column.integer("Hỏa tốc"),
				Column.integer("Hẹn giờ"), Column.money("Cước (đồng)"), Column.integer("Phát đúng hạn"),
				Column.integer("Phát chậm"), Column.percent("Tỷ lệ đúng hạn"), Column.integer("Chuyển hoàn"),
				Column.integer("Thất lạc"), Column.integer("Cùng kỳ năm trước"), Column.percent("So cùng kỳ"),
				Column.percent("Tỷ lệ đúng hạn cùng kỳ")));
		int first = sheet.lastRow() + 1;
		for (YearMonth month : figures.period().months()) {
			MonthTotal total = figures.totals().get(month);
			MonthTotal before = figures.totals().get(month.minusYears(1));
			Quality quality = figures.quality((cell) -> cell.month().equals(month));
			Quality previous = figures.quality((cell) -> cell.month().equals(month.minusYears(1)));
			if (total == null) {
				sheet.row(VietnameseText.month(month), "chưa đối soát", null, null, null, null, null, null, null,
						null, null, (before != null) ? before.items() : null, null, previous.onTimeShare());
				continue;
			}
			sheet.row(VietnameseText.month(month), total.items(), accepted(figures, month, "KT1"),
					accepted(figures, month, "HT"), accepted(figures, month, "HG"), total.fees(), quality.onTime(),
					quality.late(), quality.onTimeShare(), quality.returned(), quality.lost(),
					(before != null) ? before.items() : null,
					(before != null) ? change(total.items(), before.items()) : null, previous.onTimeShare());
		}
		int last = sheet.lastRow();
		Quality year = figures.quality();
		Quality before = figures.previousQuality();
		sheet.totalRow("Cộng", figures.itemCount(), urgencyTotal(figures, "KT1"), urgencyTotal(figures, "HT"),
				urgencyTotal(figures, "HG"), figures.fees(), year.onTime(), year.late(), year.onTimeShare(),
				year.returned(), year.lost(), figures.previousYearReconciled() ? figures.previousItemCount() : null,
				change(figures.itemCount(), figures.previousItemCount()), before.onTimeShare());
		sheet.note("Tỷ lệ đúng hạn = bưu gửi phát đúng chỉ tiêu thời gian / (phát đúng hạn + phát chậm); bưu gửi "
				+ "quá hạn chưa phát tính là chậm; bưu gửi chưa đến hạn, chuyển hoàn, thất lạc không tính.");
		return new int[] { first, last };
	}

	private static void byService(SheetWriter sheet, YearFigures figures) {
		sheet.table("2. Theo dịch vụ", List.of(Column.text("Dịch vụ", 14), Column.integer("Số bưu gửi"),
				Column.percent("Tỷ trọng"), Column.money("Cước (đồng)"), Column.integer("Phát đúng hạn"),
				Column.integer("Phát chậm"), Column.percent("Tỷ lệ đúng hạn")));
		Map<String, long[]> items = figures.itemsBy(ItemCell::urgency);
		long all = total(items, 0);
		for (String urgency : Codes.codes(Urgency.class)) {
			long[] cell = items.getOrDefault(urgency, new long[2]);
			Quality quality = figures.quality((q) -> figures.inPeriod(q.month()) && q.urgency().equals(urgency));
			sheet.row(Urgency.label(urgency), cell[0], VietnameseText.share(cell[0], all), cell[1], quality.onTime(),
					quality.late(), quality.onTimeShare());
		}
		Quality quality = figures.quality();
		sheet.totalRow("Cộng", all, VietnameseText.share(all, all), total(items, 1), quality.onTime(), quality.late(),
				quality.onTimeShare());
	}

	private static void byDimension(SheetWriter sheet, YearFigures figures, String caption, String header,
			List<String> codes, Function<String, String> label, Function<ItemCell, String> dimension) {
		sheet.table(caption, List.of(Column.text(header, 14), Column.integer("Số bưu gửi"), Column.percent("Tỷ trọng"),
				Column.money("Cước (đồng)")));
		Map<String, long[]> items = figures.itemsBy(dimension);
		long all = total(items, 0);
		for (String code : codes) {
			long[] cell = items.getOrDefault(code, new long[2]);
			sheet.row(label.apply(code), cell[0], VietnameseText.share(cell[0], all), cell[1]);
		}
		sheet.totalRow("Cộng", all, VietnameseText.share(all, all), total(items, 1));
	}

	private static void byScope(SheetWriter sheet, YearFigures figures) {
		sheet.table("5. Theo phạm vi", List.of(Column.text("Phạm vi", 14), Column.integer("Số bưu gửi"),
				Column.integer("Đã phát"), Column.integer("Phát đúng hạn"), Column.integer("Phát chậm"),
				Column.percent("Tỷ lệ đúng hạn"), Column.integer("Chuyển hoàn"), Column.integer("Thất lạc")));
		for (String scope : Codes.codes(Zone.class)) {
			Quality q = figures.quality((cell) -> figures.inPeriod(cell.month()) && cell.scope().equals(scope));
			sheet.row(Zone.label(scope), q.accepted(), q.delivered(), q.onTime(), q.late(), q.onTimeShare(),
					q.returned(), q.lost());
		}
		Quality q = figures.quality();
		sheet.totalRow("Cộng", q.accepted(), q.delivered(), q.onTime(), q.late(), q.onTimeShare(), q.returned(),
				q.lost());
	}

	private static void comparison(SheetWriter sheet, YearFigures figures, int year) {
		sheet.table("6. So sánh với cùng kỳ năm " + (year - 1),
				List.of(Column.text("Chỉ tiêu", 28), Column.integer("Năm " + (year - 1) + " (cùng kỳ)"),
						Column.integer("Năm " + year), Column.integer("Chênh lệch"), Column.percent("Tỷ lệ thay đổi")));
		Quality now = figures.quality();
		Quality before = figures.previousQuality();
		compare(sheet, "Số bưu gửi", figures.previousItemCount(), figures.itemCount());
		compare(sheet, "Cước (đồng)", figures.previousFees(), figures.fees());
		compare(sheet, "Bưu gửi phát đúng hạn", before.onTime(), now.onTime());
		compare(sheet, "Bưu gửi phát chậm", before.late(), now.late());
		compare(sheet, "Bưu gửi chuyển hoàn", before.returned(), now.returned());
		compare(sheet, "Bưu gửi thất lạc", before.lost(), now.lost());
		if (!figures.previousYearComplete()) {
			sheet.note("Năm " + (year - 1) + " có tháng chưa đối soát: số liệu cùng kỳ chưa đầy đủ (xem trang "
					+ "Nguồn dữ liệu).");
		}
	}

	private static void compare(SheetWriter sheet, String what, long before, long now) {
		sheet.row(what, before, now, now - before, change(now, before));
	}

	private static Double change(long now, long before) {
		return (before == 0) ? null : (double) (now - before) / before;
	}

	private static Long accepted(YearFigures figures, YearMonth month, String urgency) {
		return figures.quality((cell) -> cell.month().equals(month) && cell.urgency().equals(urgency)).accepted();
	}

	private static long urgencyTotal(YearFigures figures, String urgency) {
		return figures.quality((cell) -> figures.inPeriod(cell.month()) && cell.urgency().equals(urgency)).accepted();
	}

	private static long total(Map<String, long[]> cells, int index) {
		return cells.values().stream().mapToLong((cell) -> cell[index]).sum();
	}

}
