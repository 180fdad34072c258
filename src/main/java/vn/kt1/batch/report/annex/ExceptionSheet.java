package vn.kt1.batch.report.annex;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import vn.kt1.batch.reconcile.judge.ExceptionKind;
import vn.kt1.batch.reconcile.tally.Flag;
import vn.kt1.batch.report.figures.ReportContext;
import vn.kt1.batch.report.figures.ReportQueries;
import vn.kt1.batch.report.figures.ReportRows;
import vn.kt1.batch.report.figures.VietnameseText;
import vn.kt1.batch.shared.xlsx.Column;
import vn.kt1.batch.shared.xlsx.SheetWriter;
import vn.kt1.batch.shared.xlsx.WorkbookWriter;

/**
 * Sheet "Ngoại lệ": what still needs a person: agency-months unpaid or partly paid after the
 * grace period, then items with fees off the tariff or without a price, from senders not on
 * the list, or lost. The only sheet with barcodes.
 */
public final class ExceptionSheet {

	static final String NAME = "Ngoại lệ";

	/** The item exceptions listed, in this order; late and returned items count in the quality figures. */
	public static final List<ExceptionKind> KINDS = List.of(ExceptionKind.TARIFF_DEVIATION, ExceptionKind.NO_TARIFF,
			ExceptionKind.INELIGIBLE_SENDER, ExceptionKind.LOST);

	private static final String UNPAID = """
			SELECT r.month, a.agency_code, g.name, a.po_fees_vnd, a.paid_vnd, FIND_IN_SET('UNPAID', a.flags) > 0
			  FROM reconcile_agency a JOIN reconcile_run r ON r.id = a.run_id LEFT JOIN agency g ON g.code = a.agency_code
			 WHERE a.run_id IN (:runs) AND (FIND_IN_SET('UNPAID', a.flags) > 0 OR FIND_IN_SET('PARTLY_PAID', a.flags) > 0)
			 ORDER BY r.month, a.agency_code
			""";

	private static final String ITEMS = """
			SELECT e.kind, r.month, e.barcode, e.accepted_at, e.post_office_code, e.sender_code, g.name,
			       e.expected_vnd, e.actual_vnd, e.reason
			  FROM reconcile_exception e JOIN reconcile_run r ON r.id = e.run_id
			  LEFT JOIN agency g ON g.code = e.sender_code
			 WHERE e.run_id IN (:runs) AND e.kind = :kind
			 ORDER BY e.accepted_at, e.barcode
			 LIMIT :limit
			""";

	private ExceptionSheet() {
	}

	/**
	 * @param itemsPerKind the most items listed of each kind (a sheet holds 1,048,576 rows);
	 * the rest are counted in one last row of their kind
	 */
	public static void write(WorkbookWriter workbook, ReportContext report, ReportQueries queries, int itemsPerKind) {
		SheetWriter sheet = workbook.sheet(NAME,
				List.of("CÁC TRƯỜNG HỢP CẦN XỬ LÝ NĂM " + report.period().year(), report.periodLine(),
						"Đơn vị chưa thanh toán hoặc thanh toán thiếu (tháng đã quá hạn thanh toán tại ngày chốt số liệu); "
								+ "bưu gửi có cước lệch biểu giá hoặc chưa có giá cước, của đơn vị gửi ngoài danh sách Phụ lục "
								+ "II hoặc ngoài thời hạn hiệu lực, thất lạc."),
				List.of(Column.text("Loại", 22), Column.text("Tháng", 9), Column.text("Mã bưu gửi", 15),
						Column.dateTime("Thời điểm chấp nhận"), Column.text("Mã bưu cục", 10),
						Column.text("Mã đơn vị", 11), Column.text("Tên đơn vị", 34),
						Column.money("Phải trả / theo biểu giá (đồng)"), Column.money("Đã trả / thực thu (đồng)"),
						Column.money("Chênh lệch (đồng)"), Column.text("Ghi chú", 48)));
		Map<String, Object> runs = Map.of("runs",
				ReportQueries.runs(report.figures().runs().ids(report.period().months())));
		queries.stream(UNPAID, Map.of("runs",
				ReportQueries.runs(report.figures().runs().ids(report.figures().overdue().months()))), (rs) -> {
			long fees = rs.getLong(4);
			long paid = rs.getLong(5);
			Flag flag = rs.getBoolean(6) ? Flag.UNPAID : Flag.PARTLY_PAID;
			YearMonth month = YearMonth.parse(rs.getString(1));
			sheet.row(flag.label(), VietnameseText.month(month), null, null, null, rs.getString(2),
					ReportRows.agencyName(rs, 3), fees, paid, paid - fees, "Cước tháng "
							+ VietnameseText.month(month) + " còn thiếu " + VietnameseText.number(fees - paid) + " đồng");
		});
		for (ExceptionKind kind : KINDS) {
			queries.stream(ITEMS, Map.of("runs", runs.get("runs"), "kind", kind.name(), "limit", itemsPerKind), (rs) -> {
				Long expected = ReportRows.number(rs, 8);
				Long actual = ReportRows.number(rs, 9);
				sheet.row(kind.label(), VietnameseText.month(YearMonth.parse(rs.getString(2))), rs.getString(3),
						ReportRows.time(rs, 4), rs.getString(5), rs.getString(6), ReportRows.agencyName(rs, 7), expected,
						actual, (expected != null && actual != null) ? actual - expected : null, rs.getString(10));
			});
			long more = report.figures().exceptions(kind) - itemsPerKind;
			if (more > 0) {
				sheet.row(kind.label(), null, null, null, null, null, null, null, null, null,
						"Và " + VietnameseText.number(more) + " bưu gửi khác cùng loại (mỗi loại chỉ liệt kê "
								+ VietnameseText.number(itemsPerKind)
								+ " bưu gửi đầu tiên); danh sách đầy đủ từng tháng: kt1 export reconciliation --month THÁNG");
			}
		}
		sheet.finish();
	}




}
