package vn.kt1.batch.estimate.workbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

import vn.kt1.batch.estimate.ProposalCheck;
import vn.kt1.batch.shared.code.AgencyCategory;
import vn.kt1.batch.shared.code.AgencyLevel;
import vn.kt1.batch.shared.code.Codes;
import vn.kt1.batch.shared.xlsx.CellKind;
import vn.kt1.batch.shared.xlsx.Column;
import vn.kt1.batch.shared.xlsx.SheetWriter;
import vn.kt1.batch.shared.xlsx.WorkbookWriter;

/**
 * "Chi tiết đơn vị": one row per agency with its services, amount, sub-item and basis, and
 * beside them the agency's own proposal, how far it is from the estimate and a mark for the
 * appraiser when that is beyond the threshold.
 */
final class DetailSheet {

	private DetailSheet() {
	}

	static void write(WorkbookWriter workbook, List<String> titles, List<AgencyRow> agencies, String subItem,
			Function<AgencyRow, ProposalCheck> proposals) {
		SheetWriter sheet = workbook.sheet(EstimateWorkbook.DETAIL, titles, List.of(new Column("STT", CellKind.INTEGER, 6),
				Column.text("Mã đơn vị", 9), Column.text("Tên đơn vị", 28), Column.text("Cấp", 8),
				Column.text("Nhóm", Codes.longestLabel(AgencyCategory.class)), new Column("Bưu gửi dự báo", CellKind.INTEGER, 9),
				Column.text("Bưu gửi dự báo theo dịch vụ", 30), new Column("Dự toán (đồng)", CellKind.MONEY, 14),
				new Column("Chi phí khoảng 80 %: từ", CellKind.MONEY, 14), new Column("đến", CellKind.MONEY, 14),
				Column.text("Tiểu mục", 7), Column.text("Căn cứ tính", 50), Column.text("Cơ sở ước", 12),
				Column.text("Cần xem lại", 24), new Column("Đề xuất của đơn vị (đồng)", CellKind.MONEY, 14),
				Column.percent("Đề xuất so với dự toán"), Column.text("Cần thẩm định", 24)));
		int number = 0;
		long proposed = 0;
		for (AgencyRow row : agencies) {
			ProposalCheck proposal = proposals.apply(row);
			proposed += (proposal.proposalVnd() != null) ? proposal.proposalVnd() : 0;
			sheet.row(++number, row.code(), row.name(), AgencyLevel.label(row.level()), AgencyCategory.label(row.category()),
					row.items().setScale(0, RoundingMode.HALF_UP).longValueExact(), row.services(), row.amountVnd(),
					row.intervalLowVnd(), row.intervalHighVnd(),
					subItem, row.basisText(), row.basis().label(), row.review(), proposal.proposalVnd(),
					proposal.difference(), proposal.mark());
		}
		BigDecimal items = agencies.stream().map(AgencyRow::items).reduce(BigDecimal.ZERO, BigDecimal::add);
		sheet.totalRow(null, null, "TỔNG CỘNG", null, null, items.setScale(0, RoundingMode.HALF_UP).longValueExact(),
				null, agencies.stream().mapToLong(AgencyRow::amountVnd).sum(), null, null, null, null, null, null, proposed,
				null, null);
		sheet.finish();
	}

}
