package vn.kt1.batch.shared.code;

/**
 * Nhóm: the Appendix II category, in the order the province lists them (seed 001); a list may
 * use codes of its own, shown as they are.
 */
public enum AgencyCategory implements Code {

	DANG_UY("Cơ quan Đảng"),

	HDND("Hội đồng nhân dân, Đoàn ĐBQH"),

	UBND("Ủy ban nhân dân và cơ quan chuyên môn"),

	TOA_AN("Tòa án nhân dân"),

	VKS("Viện kiểm sát nhân dân"),

	QUAN_SU("Quân sự, phòng thủ"),

	NGAN_HANG("Ngân hàng Nhà nước"),

	CONG_AN("Công an"),

	MTTQ("Mặt trận Tổ quốc và các đoàn thể");

	private final String label;

	AgencyCategory(String label) {
		this.label = label;
	}

	/** @return the Vietnamese name of a code, the code itself when unknown, null for null */
	public static String label(String code) {
		return Codes.label(AgencyCategory.class, code);
	}

	@Override
	public String label() {
		return this.label;
	}

}
