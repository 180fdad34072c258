package vn.kt1.batch.web;

/** The roles of the web console's users; {@code ADMIN} may do everything. */
public enum Role {

	ADMIN("Quản trị", "người dùng, người nhận cảnh báo, nhật ký, chỉ số và mọi việc của các vai trò khác"),

	OPERATOR("Vận hành", "lần chạy, lịch chạy, tệp đầu vào, nhập danh mục, gửi lại thư cảnh báo"),

	FINANCE("Tài chính", "đối soát, kiểm tra dữ liệu, dự toán, báo cáo"),

	VIEWER("Xem", "chỉ xem: chất lượng, mức sử dụng, báo cáo");

	private final String label;

	private final String description;

	Role(String label, String description) {
		this.label = label;
		this.description = description;
	}

	/** @return the role's name in Vietnamese */
	public String label() {
		return this.label;
	}

	/** @return what the role may do, in Vietnamese */
	public String description() {
		return this.description;
	}

	/** @return the authority Spring Security checks, {@code ROLE_ADMIN} */
	public String authority() {
		return "ROLE_" + name();
	}

}
