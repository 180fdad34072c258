package vn.kt1.batch.report.annex;

import java.util.List;
import java.util.Map;

import vn.kt1.batch.report.figures.Quality;
import vn.kt1.batch.report.figures.ReportContext;
import vn.kt1.batch.report.figures.ReportQueries;
import vn.kt1.batch.shared.xlsx.Column;
import vn.kt1.batch.shared.xlsx.SheetWriter;
import vn.kt1.batch.shared.xlsx.WorkbookWriter;

/** Sheet "Theo bưu cục": each accepting post office's items and delivery quality over the period. */
final class PostOfficeSheet {

	static final String NAME = "Theo bưu cục";

	private static final String SQL = """
			SELECT q.post_office_code, p.name, c.name, SUM(q.accepted), SUM(q.delivered), SUM(q.on_time),
			       SUM(q.late), SUM(q.returned), SUM(q.lost), SUM(q.in_transit)
			  FROM delivery_quality q LEFT JOIN post_office p ON p.code = q.post_office_code
			  LEFT JOIN commune c ON c.code = p.commune_code
			 WHERE q.run_id IN (:runs)
			 GROUP BY q.post_office_code, p.name, c.name
			 ORDER BY q.post_office_code
			""";

	private PostOfficeSheet() {
	}

	static void write(WorkbookWriter workbook, ReportContext report, ReportQueries queries) {
		SheetWriter sheet = workbook.sheet(NAME,
				List.of("SẢN LƯỢNG VÀ CHẤT LƯỢNG THEO BƯU CỤC CHẤP NHẬN NĂM " + report.period().year(),
						report.periodLine()),
				List.of(Column.text("Mã bưu cục", 10), Column.text("Tên bưu cục", 36), Column.text("Xã, phường", 20),
						Column.integer("Chấp nhận"), Column.integer("Đã phát"), Column.integer("Phát đúng hạn"),
						Column.integer("Phát chậm"), Column.percent("Tỷ lệ đúng hạn"), Column.integer("Chuyển hoàn"),
						Column.integer("Thất lạc"), Column.integer("Đang phát, chưa đến hạn")));
		Quality[] total = { Quality.NONE };
		queries.stream(SQL, Map.of("runs", ReportQueries.runs(report.figures().runs().ids(report.period().months()))),
				(rs) -> {
					Quality q = new Quality(rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
							rs.getLong(9), rs.getLong(10));
					total[0] = total[0].plus(q);
					String name = rs.getString(2);
					sheet.row(rs.getString(1), (name != null) ? name : "(không có trong danh sách bưu cục)",
							rs.getString(3), q.accepted(), q.delivered(), q.onTime(), q.late(), q.onTimeShare(),
							q.returned(), q.lost(), q.inTransit());
				});
		Quality q = total[0];
		sheet.totalRow("Cộng", null, null, q.accepted(), q.delivered(), q.onTime(), q.late(), q.onTimeShare(),
				q.returned(), q.lost(), q.inTransit());
		sheet.finish();
	}

}
