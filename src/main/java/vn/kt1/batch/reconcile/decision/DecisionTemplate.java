package vn.kt1.batch.reconcile.decision;

import java.util.List;

import vn.kt1.batch.shared.tabular.Column;
import vn.kt1.batch.shared.tabular.Template;

/**
 * The columns of a decisions workbook that are read back, by their position in the template.
 * The workbook's other columns (the agency, the figures) are there for people and ignored.
 */
final class DecisionTemplate {

	static final int KEY = 0, MONTH = 1, FINGERPRINT = 2, DECISION = 3, AMOUNT = 4, NOTE = 5;

	static final Template DECISIONS = new Template("sổ quyết định",
			List.of(new Column("ma_dong", "Mã dòng", true), new Column("thang", "Tháng", true),
					new Column("dau_kiem", "Dấu kiểm", true), new Column("quyet_dinh", "Quyết định", true),
					new Column("so_tien", "Số tiền điều chỉnh (đ)", true), new Column("ghi_chu", "Ghi chú", true)));

	private DecisionTemplate() {
	}

}
