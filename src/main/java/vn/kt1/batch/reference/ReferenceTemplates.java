package vn.kt1.batch.reference;

import java.util.List;

import vn.kt1.batch.shared.tabular.Column;
import vn.kt1.batch.shared.tabular.Template;

/** The columns of the three reference lists (INPUTS.md section 4). */
public final class ReferenceTemplates {

	/** Danh sách đơn vị sử dụng dịch vụ KT1 (Appendix II). */
	public static final Template AGENCIES = new Template("agencies", List.of(
			new Column("ma_don_vi", "Mã đơn vị", true), new Column("ten_don_vi", "Tên đơn vị", true),
			new Column("cap", "Cấp", true), new Column("nhom", "Nhóm", true),
			new Column("ma_tinh", "Mã tỉnh", true), new Column("ma_xa", "Mã xã", false),
			new Column("hieu_luc_tu", "Hiệu lực từ", false), new Column("hieu_luc_den", "Hiệu lực đến", false)));

	/** Danh sách bưu cục. */
	public static final Template POST_OFFICES = new Template("post-offices",
			List.of(new Column("ma_buu_cuc", "Mã bưu cục", true), new Column("ten_buu_cuc", "Tên bưu cục", true),
					new Column("ma_xa", "Mã xã", true)));

	/** Bảng giá cước: one row per price component. */
	public static final Template TARIFF = new Template("tariff", List.of(
			new Column("thanh_phan", "Thành phần", true), new Column("vung", "Vùng", false),
			new Column("khoi_luong_tu_g", "Khối lượng từ (g)", false),
			new Column("khoi_luong_den_g", "Khối lượng đến (g)", false),
			new Column("buoc_them_g", "Bước thêm (g)", false),
			new Column("gia_buoc_them_vnd", "Giá bước thêm (VND)", false), new Column("gia_vnd", "Giá (VND)", true),
			new Column("thue_gtgt_phan_tram", "Thuế GTGT (%)", true), new Column("hieu_luc_tu", "Hiệu lực từ", true),
			new Column("hieu_luc_den", "Hiệu lực đến", false), new Column("ghi_chu", "Ghi chú", false)));

	private ReferenceTemplates() {
	}

}
