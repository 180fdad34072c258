package vn.kt1.batch.estimate.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.kt1.batch.estimate.Notation;
import vn.kt1.batch.estimate.backtest.BacktestSummary;
import vn.kt1.batch.shared.Vnd;
import vn.kt1.batch.shared.code.AgencyCategory;
import vn.kt1.batch.shared.code.AgencyLevel;
import vn.kt1.batch.shared.code.Codes;
import vn.kt1.batch.shared.xlsx.CellKind;
import vn.kt1.batch.shared.xlsx.Column;
import vn.kt1.batch.shared.xlsx.SheetWriter;
import vn.kt1.batch.shared.xlsx.WorkbookWriter;

/**
 * "Kiểm định (backtest)": how far the method missed on the year before, in the title block
 * for the province and per agency below, so that finance staff can see how far to trust it.
 */
final class BacktestSheet {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private BacktestSheet() {
	}

	static void write(WorkbookWriter workbook, List<String> titles, BacktestSummary summary, List<BacktestRow> rows) {
		List<String> lines = new ArrayList<>(titles);
		lines.addAll(explanation(summary));
		SheetWriter sheet = workbook.sheet(EstimateWorkbook.BACKTEST, lines, List.of(
				new Column("STT", CellKind.INTEGER, 6), Column.text("Mã đơn vị", 9), Column.text("Tên đơn vị", 32),
				Column.text("Cấp", 8), Column.text("Nhóm", Codes.longestLabel(AgencyCategory.class)), Column.text("Cơ sở ước", 12),
				Column.money("Ước tính (đồng)"), Column.money("Thực tế (đồng)"), Column.money("Chênh lệch (đồng)"),
				Column.percent("Sai số"), Column.text("Trong ±10 %", 10)));
		int number = 0;
		for (BacktestRow row : rows) {
			sheet.row(++number, row.code(), row.name(), AgencyLevel.label(row.level()), AgencyCategory.label(row.category()),
					row.basis().label(), row.estimateVnd(), row.actualVnd(),
					row.estimateVnd() - row.actualVnd(), share(row.errorPercent()), within(row));
		}
		if (summary != null && summary.comparedMonths() > 0) {
			sheet.totalRow(null, null, "TOÀN TỈNH", null, null, null, summary.estimateVnd(), summary.actualVnd(),
					summary.estimateVnd() - summary.actualVnd(), share(summary.totalErrorPercent()), null);
		}
		sheet.finish();
	}

	private static List<String> explanation(BacktestSummary summary) {
		if (summary == null || summary.comparedMonths() == 0) {
			return List.of("Không kiểm định được: " + ((summary != null) ? summary.note() : "chưa tính"));
		}
		String compared = Notation.months(summary.comparedFrom(), summary.comparedTo());
		return List.of(
				"Ước năm " + summary.year() + " bằng cùng phương pháp từ dữ liệu "
						+ Notation.months(summary.historyFrom(), summary.historyTo())
						+ " (cùng khoảng cách dự báo), so với cước bưu điện thực tế " + compared + " ("
						+ summary.comparedMonths() + "/12 tháng), trước dự phòng và hệ số sự kiện",
				"Toàn tỉnh: ước " + Vnd.format(summary.estimateVnd()) + ", thực tế " + Vnd.format(summary.actualVnd())
						+ ", sai số " + signed(summary.totalErrorPercent()) + ". Theo đơn vị có phát sinh cước ("
						+ summary.charged() + "): MAPE " + percent(summary.mape()) + ", sMAPE " + percent(summary.smape())
						+ ", " + percent(summary.withinPercent()) + " đơn vị (" + summary.within() + "/"
						+ summary.charged() + ") sai số trong ±10 %",
				(summary.intervalCoverage() == null) ? "Khoảng 80 %: chưa đủ đơn vị để ước"
						: "Khoảng 80 % của chi phí dự báo (trang \"" + EstimateWorkbook.DETAIL + "\") lấy từ sai số của "
								+ "kiểm định này theo số bưu gửi của đơn vị; kiểm tra chéo (nửa này ước khoảng cho nửa kia): "
								+ percent(summary.intervalCoverage()) + " của " + summary.intervalAgencies()
								+ " đơn vị có chi phí thực tế nằm trong khoảng");
	}

	private static Object share(BigDecimal percent) {
		return (percent != null) ? percent.divide(HUNDRED) : null;
	}

	private static String within(BacktestRow row) {
		if (row.actualVnd() == 0) {
			return "—";
		}
		return (row.errorPercent().abs().compareTo(BigDecimal.TEN) <= 0) ? "Có" : "Không";
	}

	private static String percent(BigDecimal percent) {
		return (percent != null) ? Notation.percent(percent) : "—";
	}

	private static String signed(BigDecimal percent) {
		return (percent != null && percent.signum() > 0) ? "+" + Notation.percent(percent) : percent(percent);
	}

}
