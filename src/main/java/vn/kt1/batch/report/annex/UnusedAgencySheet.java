package vn.kt1.batch.report.annex;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.kt1.batch.report.figures.ReportContext;
import vn.kt1.batch.report.figures.ReportQueries;
import vn.kt1.batch.report.figures.VietnameseText;
import vn.kt1.batch.report.figures.YearFigures.AgencyGroup;
import vn.kt1.batch.report.figures.YearFiguresReader;
import vn.kt1.batch.shared.code.AgencyCategory;
import vn.kt1.batch.shared.code.AgencyLevel;
import vn.kt1.batch.shared.code.Codes;
import vn.kt1.batch.shared.xlsx.Column;
import vn.kt1.batch.shared.xlsx.SheetWriter;
import vn.kt1.batch.shared.xlsx.WorkbookWriter;

/**
 * Sheet "Đơn vị chưa sử dụng": the Appendix II agencies valid in the period that sent no KT1
 * item: counts by level and category, then the list.
 */
final class UnusedAgencySheet {

	static final String NAME = "Đơn vị chưa sử dụng";

	private static final String SQL = """
			SELECT g.code, g.name, g.level, g.category, c.name, g.valid_to
			  FROM agency g LEFT JOIN commune c ON c.code = g.commune_code
			  LEFT JOIN (SELECT agency_code, SUM(po_items) AS items FROM reconcile_agency WHERE run_id IN (:runs)
			              GROUP BY agency_code) u ON u.agency_code = g.code
			 WHERE COALESCE(u.items, 0) = 0 AND %s
			 ORDER BY FIELD(g.level, 'TINH', 'KHU_VUC', 'XA', 'DAC_BIET'), g.category, c.name, g.code
			""".formatted(YearFiguresReader.AGENCIES_OF_PERIOD);

	private UnusedAgencySheet() {
	}

	static void write(WorkbookWriter workbook, ReportContext report, ReportQueries queries) {
		SheetWriter sheet = workbook.sheet(NAME,
				List.of("CƠ QUAN, ĐƠN VỊ THUỘC PHỤ LỤC II CHƯA SỬ DỤNG DỊCH VỤ BƯU CHÍNH KT1 NĂM "
						+ report.period().year(), report.periodLine(),
						"Đơn vị có trong danh sách Phụ lục II (Quyết định số 32/2025/QĐ-TTg) trong kỳ mà không gửi bưu gửi "
								+ "KT1 nào."));
		byGroup(sheet, report.figures().agencies());
		sheet.table("2. Danh sách đơn vị chưa sử dụng",
				List.of(Column.integer("STT"), Column.text("Mã đơn vị", 11), Column.text("Cấp", 12),
						Column.text("Nhóm", Codes.longestLabel(AgencyCategory.class)), Column.text("Xã, phường", 22), Column.date("Hiệu lực đến"),
						Column.text("Tên đơn vị", 44)));
		long[] number = { 0 };
		queries.stream(SQL, Map.of("runs", ReportQueries.runs(report.figures().runs().ids(report.period().months())),
				"start", report.period().start(), "end", report.period().end()), (rs) -> {
					sheet.row(++number[0], rs.getString(1), AgencyLevel.label(rs.getString(3)),
							AgencyCategory.label(rs.getString(4)), rs.getString(5), rs.getObject(6, LocalDate.class),
							rs.getString(2));
				});
		sheet.finish();
	}

	private static void byGroup(SheetWriter sheet, List<AgencyGroup> groups) {
		sheet.table("1. Theo cấp và nhóm đơn vị",
				List.of(Column.text("Cấp", 12), Column.text("Nhóm", Codes.longestLabel(AgencyCategory.class)), Column.integer("Số đơn vị trong danh sách"),
						Column.integer("Đã sử dụng"), Column.integer("Chưa sử dụng"),
						Column.percent("Tỷ lệ chưa sử dụng")));
		// the list below shares these columns: its names go in the seventh, after them
		long[] all = new long[2];
		for (String level : Codes.ordered(AgencyLevel.class, groups.stream().map(AgencyGroup::level).toList())) {
			List<AgencyGroup> ofLevel = groups.stream().filter((g) -> g.level().equals(level)).toList();
			if (ofLevel.isEmpty()) {
				continue;
			}
			long[] sum = new long[2];
			for (AgencyGroup group : ofLevel) {
				sheet.row(AgencyLevel.label(level), AgencyCategory.label(group.category()), group.listed(), group.used(),
						group.unused(), VietnameseText.share(group.unused(), group.listed()));
				sum[0] += group.listed();
				sum[1] += group.used();
			}
			sheet.totalRow("Cộng " + AgencyLevel.label(level).toLowerCase(VietnameseText.VIETNAMESE), null, sum[0], sum[1],
					sum[0] - sum[1], VietnameseText.share(sum[0] - sum[1], sum[0]));
			all[0] += sum[0];
			all[1] += sum[1];
		}
		sheet.totalRow("Tổng cộng", null, all[0], all[1], all[0] - all[1],
				VietnameseText.share(all[0] - all[1], all[0]));
	}

}
