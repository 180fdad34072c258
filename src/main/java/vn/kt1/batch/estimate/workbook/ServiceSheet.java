package vn.kt1.batch.estimate.workbook;

import java.math.BigDecimal;
import java.util.List;

import vn.kt1.batch.shared.xlsx.CellKind;
import vn.kt1.batch.shared.xlsx.Column;
import vn.kt1.batch.shared.xlsx.SheetWriter;
import vn.kt1.batch.shared.xlsx.WorkbookWriter;

/**
 * "Chi tiết dịch vụ": the basis of each forecast agency's amount, one row per service:
 * history, mean weight, method, forecast items, fee per item and amount before contingency.
 */
final class ServiceSheet {

	private ServiceSheet() {
	}

	static void write(WorkbookWriter workbook, List<String> titles, List<ServiceRow> services) {
		SheetWriter sheet = workbook.sheet(EstimateWorkbook.SERVICES, titles, List.of(
				new Column("STT", CellKind.INTEGER, 6), Column.text("Mã đơn vị", 9), Column.text("Tên đơn vị", 28),
				Column.text("Dịch vụ", 24), new Column("Bưu gửi trong lịch sử", CellKind.INTEGER, 10),
				new Column("Khối lượng bình quân (g)", CellKind.INTEGER, 10), Column.text("Phương pháp dự báo", 30),
				new Column("Bưu gửi dự báo", CellKind.INTEGER, 10), Column.text("Đơn giá bình quân (gồm VAT)", 26),
				new Column("Thành tiền trước dự phòng (đồng)", CellKind.MONEY, 15)));
		int number = 0;
		for (ServiceRow row : services) {
			sheet.row(++number, row.code(), row.name(), row.service().label(), row.historyItems(),
					row.averageWeightG(), row.method(), row.items(), row.prices(), row.baseVnd());
		}
		BigDecimal items = services.stream().map(ServiceRow::items).reduce(BigDecimal.ZERO, BigDecimal::add);
		sheet.totalRow(null, null, "TỔNG CỘNG", null, services.stream().mapToLong(ServiceRow::historyItems).sum(),
				null, null, items, null, services.stream().mapToLong(ServiceRow::baseVnd).sum());
		sheet.finish();
	}

}
