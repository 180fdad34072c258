package vn.kt1.batch.settlement;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import vn.kt1.batch.budget.Allocation;
import vn.kt1.batch.shared.code.AgencyCategory;
import vn.kt1.batch.shared.code.AgencyLevel;
import vn.kt1.batch.shared.code.Codes;
import vn.kt1.batch.shared.xlsx.Column;
import vn.kt1.batch.shared.xlsx.SheetWriter;
import vn.kt1.batch.shared.xlsx.WorkbookWriter;

/**
 * The settlement workbook (quyết toán): Tổng hợp (one row per agency: budget, fees, payments,
 * what is left and why), Theo tháng (each agency's twelve months), Chứng từ (every voucher),
 * Dự toán được giao (the decisions). A4 landscape, headers repeated on every page. The
 * adjustments finance staff decided on the months (kt1 import decisions) are a last column of
 * Tổng hợp and Theo tháng, beside the fees and payments and never in them.
 */
final class SettlementWorkbook {

	static final String SUMMARY = "Tổng hợp";

	static final String MONTHS = "Theo tháng";

	static final String VOUCHERS = "Chứng từ";

	static final String DECISIONS = "Dự toán được giao";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private SettlementWorkbook() {
	}

	static void write(int year, String scope, List<AgencySettlement> agencies, List<Allocation> decisions,
			LocalDate madeOn, Path out) throws IOException {
		long reconciled = agencies.isEmpty() ? 0
				: agencies.get(0).months().stream().filter(MonthLine::reconciled).count();
		List<String> titles = List.of("QUYẾT TOÁN KINH PHÍ SỬ DỤNG DỊCH VỤ BƯU CHÍNH KT1 NĂM " + year, scope,
				"Dự toán, cước của bưu điện (theo đối soát hằng tháng) và thanh toán theo chứng từ – Đơn vị tính: đồng",
				"Lập ngày " + DAY.format(madeOn) + "; " + reconciled + "/12 tháng đã đối soát");
		try (WorkbookWriter workbook = new WorkbookWriter()) {
			summary(workbook, titles, agencies);
			months(workbook, titles, agencies);
			vouchers(workbook, titles, agencies);
			decisions(workbook, titles, decisions);
			workbook.save(out);
		}
	}

	private static void summary(WorkbookWriter workbook, List<String> titles, List<AgencySettlement> agencies) {
		SheetWriter sheet = workbook.sheet(SUMMARY, titles, List.of(Column.text("Mã đơn vị", 10),
				Column.text("Tên đơn vị", 34), Column.text("Cấp", 9), Column.text("Nhóm", Codes.longestLabel(AgencyCategory.class)),
				Column.money("Dự toán năm"), Column.text("Căn cứ dự toán", 10), Column.integer("Số bưu gửi"),
				Column.money("Cước bưu điện"), Column.money("Đã thanh toán"), Column.money("Trong đó hoàn trả"),
				Column.money("Cước chưa thanh toán"), Column.money("Dự toán còn lại"), Column.text("Giải trình", 44),
				Column.money("Điều chỉnh đã quyết định")));
		long[] totals = new long[7];
		for (AgencySettlement a : agencies) {
			long[] row = { (a.budgetVnd() != null) ? a.budgetVnd() : 0, a.items(), a.fees(), a.paid(), a.refunded(),
					(a.budgetLeft() != null) ? a.budgetLeft() : 0, a.adjusted() };
			for (int i = 0; i < row.length; i++) {
				totals[i] += row[i];
			}
			sheet.row(a.code(), a.name(), (a.level() != null) ? AgencyLevel.label(a.level()) : null,
					(a.category() != null) ? AgencyCategory.label(a.category()) : null, a.budgetVnd(),
					a.budgetBasis(), a.items(), a.fees(), a.paid(), a.refunded(), a.fees() - a.paid(), a.budgetLeft(),
					a.explanation(), (a.adjusted() != 0) ? a.adjusted() : null);
		}
		sheet.totalRow("Cộng", agencies.size() + " đơn vị", null, null, totals[0], null, totals[1], totals[2],
				totals[3], totals[4], totals[2] - totals[3], totals[5], null, totals[6]);
		sheet.finish();
	}

	private static void months(WorkbookWriter workbook, List<String> titles, List<AgencySettlement> agencies) {
		SheetWriter sheet = workbook.sheet(MONTHS, titles, List.of(Column.text("Mã đơn vị", 10),
				Column.text("Tên đơn vị", 30), Column.text("Tháng", 8), Column.text("Đối soát", 8),
				Column.integer("Số bưu gửi"), Column.money("Cước bưu điện"), Column.money("Đã thanh toán"),
				Column.money("Trong đó hoàn trả"), Column.money("Chênh lệch"), Column.text("Giải trình", 34),
				Column.money("Điều chỉnh đã quyết định")));
		for (AgencySettlement a : agencies) {
			for (MonthLine m : a.months()) {
				sheet.row(a.code(), a.name(), String.format("%02d/%d", m.month().getMonthValue(), m.month().getYear()),
						m.reconciled() ? "Đã" : "Chưa", m.items(), m.feesVnd(), m.paidVnd(), m.refundedVnd(),
						m.differenceVnd(), m.explanation(), (m.adjustedVnd() != 0) ? m.adjustedVnd() : null);
			}
		}
		sheet.finish();
	}

	private static void vouchers(WorkbookWriter workbook, List<String> titles, List<AgencySettlement> agencies) {
		SheetWriter sheet = workbook.sheet(VOUCHERS, titles, List.of(Column.text("Mã đơn vị", 10),
				Column.text("Số chứng từ", 16), Column.date("Ngày chứng từ"), Column.text("Kỳ cước", 8),
				Column.text("Tiểu mục", 7), Column.money("Số tiền"), Column.text("Nội dung", 40)));
		long total = 0;
		for (AgencySettlement a : agencies) {
			for (VoucherLine v : a.vouchers()) {
				total += v.amountVnd();
				sheet.row(a.code(), v.number(), v.date(),
						String.format("%02d/%d", v.period().getMonthValue(), v.period().getYear()), v.subItem(),
						v.amountVnd(), v.content());
			}
		}
		sheet.totalRow("Cộng", null, null, null, null, total, null);
		sheet.finish();
	}

	private static void decisions(WorkbookWriter workbook, List<String> titles, List<Allocation> decisions) {
		SheetWriter sheet = workbook.sheet(DECISIONS, titles, List.of(Column.text("Mã đơn vị", 10),
				Column.text("Tiểu mục", 7), Column.text("Số quyết định", 18), Column.date("Ngày quyết định"),
				Column.money("Số tiền")));
		for (Allocation a : decisions) {
			sheet.row(a.agency(), a.subItem(), a.decisionNo(), a.decisionDate(), a.amountVnd());
		}
		sheet.totalRow("Cộng", null, null, null, decisions.stream().mapToLong(Allocation::amountVnd).sum());
		sheet.finish();
	}

}
