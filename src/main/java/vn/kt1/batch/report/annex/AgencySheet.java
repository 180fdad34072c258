package vn.kt1.batch.report.annex;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.kt1.batch.reconcile.tally.Flag;
import vn.kt1.batch.report.figures.BudgetBasis;
import vn.kt1.batch.report.figures.ReportContext;
import vn.kt1.batch.report.figures.ReportQueries;
import vn.kt1.batch.report.figures.ReportRows;
import vn.kt1.batch.report.figures.VietnameseText;
import vn.kt1.batch.shared.code.AgencyCategory;
import vn.kt1.batch.shared.code.AgencyLevel;
import vn.kt1.batch.shared.code.Codes;
import vn.kt1.batch.shared.xlsx.Column;
import vn.kt1.batch.shared.xlsx.SheetWriter;
import vn.kt1.batch.shared.xlsx.WorkbookWriter;

/**
 * Sheet "Theo đơn vị": one row per agency over the period: items and fees, what it reported
 * and paid, its reconciliation flags (months per flag) and its budget execution. Appendix II
 * agencies first, by level, commune and category; senders not on the list last. Streamed
 * from one grouped query.
 */
public final class AgencySheet {

	static final String NAME = "Theo đơn vị";

	public static final String NO_ESTIMATE = "chưa có dự toán";

	private static final String SQL = """
			SELECT a.agency_code, g.name, g.level, g.category, c.name, MAX(a.on_list) + (g.code IS NOT NULL), SUM(a.po_items),
			       SUM(a.po_fees_vnd), SUM(a.expected_fees_vnd), SUM(a.reported_items), SUM(a.reported_vnd),
			       SUM(a.paid_vnd), COUNT(a.reported_items), %s
			  FROM reconcile_agency a LEFT JOIN agency g ON g.code = a.agency_code
			  LEFT JOIN commune c ON c.code = g.commune_code
			 WHERE a.run_id IN (:runs)
			 GROUP BY a.agency_code, g.code, g.name, g.level, g.category, c.name
			 ORDER BY MAX(a.on_list) DESC, FIELD(g.level, 'TINH', 'KHU_VUC', 'XA', 'DAC_BIET'), c.name, g.category,
			       a.agency_code
			""";

	private static final int FIRST_FLAG = 14;

	/** By MAX(on_list) + (on the agency list at all): never on the list, on it but never valid, valid. */
	private static final String[] ON_LIST = { "Không có trong danh sách", "Ngoài thời hạn hiệu lực", "Có" };

	private AgencySheet() {
	}

	static void write(WorkbookWriter workbook, ReportContext report, ReportQueries queries,
			BudgetBasis budgets) {
		SheetWriter sheet = workbook.sheet(NAME,
				List.of("SỬ DỤNG DỊCH VỤ BƯU CHÍNH KT1 THEO ĐƠN VỊ NĂM " + report.period().year(), report.periodLine(),
						"Kết quả đối soát: số tháng có từng kết quả. Dự toán năm: dự toán được giao, hoặc dự toán ước "
								+ "tính khi chưa được giao. Thực hiện dự toán = cước phát sinh / dự toán năm; "
								+ "đã thanh toán / dự toán năm."),
				List.of(Column.text("Mã đơn vị", 11), Column.text("Tên đơn vị", 40), Column.text("Cấp", 10),
						Column.text("Nhóm", Codes.longestLabel(AgencyCategory.class)), Column.text("Xã, phường", 18), Column.text("Thuộc Phụ lục II", 13),
						Column.integer("Số bưu gửi"), Column.money("Cước bưu điện (đồng)"),
						Column.money("Cước theo biểu giá (đồng)"), Column.integer("Số bưu gửi đơn vị báo cáo"),
						Column.money("Số tiền đơn vị báo cáo (đồng)"), Column.money("Đã thanh toán (đồng)"),
						Column.money("Cước còn phải trả (đồng)"), Column.integer("Số tháng có báo cáo"),
						Column.integer("Số tháng khớp"), Column.text("Kết quả đối soát khác (số tháng)", 44),
						Column.money("Dự toán năm (đồng)"), Column.text("Căn cứ dự toán", 11),
						Column.percent("Thực hiện dự toán"), Column.percent("Đã thanh toán / dự toán")));
		long[] totals = new long[7];
		String flags = String.join(", ",
				List.of(Flag.values()).stream().map((f) -> "SUM(FIND_IN_SET('" + f.name() + "', a.flags) > 0)").toList());
		queries.stream(String.format(SQL, flags),
				Map.of("runs", ReportQueries.runs(report.figures().runs().ids(report.period().months()))), (rs) -> {
					long fees = rs.getLong(8);
					Long estimate = budgets.amounts().get(rs.getString(1));
					long[] row = { rs.getLong(7), fees, rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12),
							(estimate != null) ? estimate : 0 };
					for (int i = 0; i < totals.length; i++) {
						totals[i] += row[i];
					}
					sheet.row(rs.getString(1), ReportRows.agencyName(rs, 2), AgencyLevel.label(rs.getString(3)),
							AgencyCategory.label(rs.getString(4)), rs.getString(5), ON_LIST[rs.getInt(6)],
							row[0], fees, row[2], ReportRows.number(rs, 10), ReportRows.number(rs, 11), row[5],
							fees - row[5], rs.getLong(13), rs.getLong(FIRST_FLAG), otherFlags(rs), (estimate != null) ? estimate : NO_ESTIMATE,
							budgets.kind(rs.getString(1)), (estimate != null) ? VietnameseText.share(fees, estimate) : null,
							(estimate != null) ? VietnameseText.share(row[5], estimate) : null);
				});
		sheet.totalRow("Cộng", null, null, null, null, null, totals[0], totals[1], totals[2], totals[3], totals[4],
				totals[5], totals[1] - totals[5], null, null, null, budgets.amounts().isEmpty() ? NO_ESTIMATE : totals[6],
				null, (totals[6] > 0) ? VietnameseText.share(totals[1], totals[6]) : null,
				(totals[6] > 0) ? VietnameseText.share(totals[5], totals[6]) : null);
		sheet.finish();
	}



	/** @return e.g. {@code Thiếu báo cáo: 2; Chưa thanh toán: 1} */
	private static String otherFlags(ResultSet rs) throws SQLException {
		List<String> raised = new ArrayList<>();
		for (Flag flag : Flag.values()) {
			long months = rs.getLong(FIRST_FLAG + flag.ordinal());
			if (flag != Flag.MATCHED && months > 0) {
				raised.add(flag.label() + ": " + months);
			}
		}
		return String.join("; ", raised);
	}

}
