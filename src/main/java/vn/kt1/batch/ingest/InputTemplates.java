package vn.kt1.batch.ingest;

import java.util.List;

import vn.kt1.batch.shared.tabular.Column;
import vn.kt1.batch.shared.tabular.Template;

/** The columns of the input files (docs/inputs.md sections 2 to 4, 6 and 7). */
public final class InputTemplates {

	/** Sản lượng bưu gửi KT1: one row per item per change of state. */
	public static final Template THROUGHPUT = new Template("throughput", List.of(
			new Column("ma_buu_gui", "Mã bưu gửi", true), new Column("ngay_chap_nhan", "Ngày chấp nhận", true),
			new Column("ma_buu_cuc", "Mã bưu cục", true), new Column("ma_don_vi_gui", "Mã đơn vị gửi", true),
			new Column("ma_don_vi_nhan", "Mã đơn vị nhận", true), new Column("dich_vu", "Dịch vụ", true),
			new Column("do_mat", "Độ mật", false), new Column("loai", "Loại bưu gửi", true),
			new Column("khoi_luong_g", "Khối lượng (g)", true), new Column("cuoc_vnd", "Cước (VND)", true),
			new Column("trang_thai", "Trạng thái", true), new Column("han_phat", "Hạn phát", false),
			new Column("ngay_phat", "Ngày phát", false)));

	/** Báo cáo sử dụng dịch vụ KT1: an agency's monthly report. */
	public static final Template USAGE = new Template("usage",
			List.of(new Column("ma_don_vi", "Mã đơn vị", true), new Column("ky", "Kỳ báo cáo", true),
					new Column("dich_vu", "Dịch vụ", true), new Column("so_luong", "Số bưu gửi", true),
					new Column("so_tien_vnd", "Số tiền (VND)", true)));

	/** Chi trả cước dịch vụ KT1: payment vouchers. */
	public static final Template SPENDING = new Template("spending", List.of(
			new Column("so_chung_tu", "Số chứng từ", true), new Column("ngay_chung_tu", "Ngày chứng từ", true),
			new Column("ma_don_vi", "Mã đơn vị", true), new Column("ky_cuoc", "Kỳ cước", true),
			new Column("tieu_muc", "Tiểu mục", true), new Column("so_tien_vnd", "Số tiền (VND)", true),
			new Column("noi_dung", "Nội dung", false)));

	/** Sổ sự cố: incidents and unusual situations, with how each was handled. */
	public static final Template INCIDENTS = new Template("incidents",
			List.of(new Column("thoi_diem", "Thời điểm", true), new Column("ma_buu_cuc", "Mã bưu cục", true),
					new Column("ma_buu_gui", "Mã bưu gửi", false), new Column("do_mat", "Độ mật", false),
					new Column("loai_su_co", "Loại sự cố", true), new Column("mo_ta", "Mô tả", true),
					new Column("xu_ly", "Xử lý", false), new Column("bao_cao", "Đã báo cáo", false)));

	/** Đề xuất dự toán: an agency's own proposal of its KT1 budget for a year. */
	public static final Template PROPOSALS = new Template("proposals",
			List.of(new Column("ma_don_vi", "Mã đơn vị", true), new Column("nam", "Năm dự toán", true),
					new Column("so_tien_vnd", "Số tiền đề xuất (VND)", true), new Column("ghi_chu", "Ghi chú", false)));

	/** Dự toán được giao: a budget allocated to an agency by a decision, per sub-item. */
	public static final Template ALLOCATIONS = new Template("allocations", List.of(
			new Column("ma_don_vi", "Mã đơn vị", true), new Column("nam", "Năm dự toán", true),
			new Column("tieu_muc", "Tiểu mục", true), new Column("so_tien_vnd", "Số tiền (VND)", true),
			new Column("so_quyet_dinh", "Số quyết định", true), new Column("ngay_quyet_dinh", "Ngày quyết định", true)));

	private InputTemplates() {
	}

}
