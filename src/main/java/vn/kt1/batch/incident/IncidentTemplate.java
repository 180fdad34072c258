package vn.kt1.batch.incident;

import java.util.List;

import vn.kt1.batch.shared.tabular.Column;
import vn.kt1.batch.shared.tabular.Template;

/** The columns of an incidents file (sổ sự cố), by code and Vietnamese label. */
final class IncidentTemplate {

	static final int TIME = 0, POST_OFFICE = 1, BARCODE = 2, SECRECY = 3, KIND = 4, DESCRIPTION = 5, HANDLING = 6,
			REPORTED_TO = 7;

	static final Template INCIDENTS = new Template("incidents",
			List.of(new Column("thoi_diem", "Thời điểm", true), new Column("ma_buu_cuc", "Mã bưu cục", true),
					new Column("ma_buu_gui", "Mã bưu gửi", false), new Column("do_mat", "Độ mật", false),
					new Column("loai_su_co", "Loại sự cố", true), new Column("mo_ta", "Mô tả", true),
					new Column("xu_ly", "Xử lý", false), new Column("bao_cao", "Đã báo cáo", false)));

	private IncidentTemplate() {
	}

}
