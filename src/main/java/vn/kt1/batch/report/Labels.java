package vn.kt1.batch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Vietnamese names of the codes a report shows, and the order it shows them in. */
final class Labels {

	/** Services (urgency), in report order. */
	static final List<String> URGENCIES = List.of("KT1", "HT", "HG");

	/** Secrecy levels, in report order; blank is not secret. */
	static final List<String> SECRECIES = List.of("", "C", "B", "A");

	/** Item types, in report order. */
	static final List<String> ITEM_TYPES = List.of("THU", "GOI", "KIEN");

	/** Scopes, in report order. */
	static final List<String> SCOPES = List.of("NOI_TINH", "LIEN_TINH");

	/** Agency levels of Appendix II, in report order. */
	static final List<String> LEVELS = List.of("TINH", "KHU_VUC", "XA", "DAC_BIET");

	private static final Map<String, String> URGENCY = Map.of("KT1", "Thường", "HT", "Hỏa tốc", "HG", "Hẹn giờ");

	private static final Map<String, String> SECRECY = Map.of("", "Không mật", "C", "Mật", "B", "Tối mật", "A",
			"Tuyệt mật");

	private static final Map<String, String> ITEM_TYPE = Map.of("THU", "Thư", "GOI", "Gói", "KIEN", "Kiện");

	private static final Map<String, String> SCOPE = Map.of("NOI_TINH", "Nội tỉnh", "LIEN_TINH", "Liên tỉnh");

	private static final Map<String, String> LEVEL = Map.of("TINH", "Cấp tỉnh", "KHU_VUC", "Khu vực", "XA", "Cấp xã",
			"DAC_BIET", "Đặc khu");

	private static final Map<String, String> CATEGORY = Map.ofEntries(Map.entry("DANG_UY", "Đảng ủy"),
			Map.entry("HDND", "Hội đồng nhân dân"), Map.entry("UBND", "Ủy ban nhân dân"),
			Map.entry("CONG_AN", "Công an"), Map.entry("MTTQ", "Mặt trận Tổ quốc"),
			Map.entry("TOA_AN", "Tòa án nhân dân"), Map.entry("VKS", "Viện kiểm sát nhân dân"),
			Map.entry("QUAN_SU", "Quân sự"), Map.entry("NGAN_HANG", "Ngân hàng Nhà nước"));

	private Labels() {
	}

	/** @return the codes in the given order, then any other present code in the order met */
	static List<String> ordered(List<String> order, Iterable<String> present) {
		List<String> codes = new ArrayList<>(order);
		present.forEach((code) -> {
			if (!codes.contains(code)) {
				codes.add(code);
			}
		});
		return codes;
	}

	static String urgency(String code) {
		return URGENCY.getOrDefault(code, code);
	}

	static String secrecy(String code) {
		return SECRECY.getOrDefault(code, code);
	}

	static String itemType(String code) {
		return ITEM_TYPE.getOrDefault(code, code);
	}

	static String scope(String code) {
		return SCOPE.getOrDefault(code, code);
	}

	static String level(String code) {
		return (code != null) ? LEVEL.getOrDefault(code, code) : null;
	}

	/** @return the category's name, or its code when the list uses one of its own */
	static String category(String code) {
		return (code != null) ? CATEGORY.getOrDefault(code, code) : null;
	}

}
