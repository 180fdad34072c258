package vn.kt1.batch.ingest;

import java.util.Map;

/**
 * The codes of the input files and the Vietnamese names accepted for them, keyed by their
 * normalised form (no case, diacritics, spaces or punctuation).
 */
public final class Vocabulary {

	/** Dịch vụ: none, Hỏa tốc (express), Hẹn giờ (agreed time). */
	public static final Map<String, String> URGENCY = Map.of("kt1", "KT1", "thuong", "KT1", "kt1thuong", "KT1", "ht",
			"HT", "hoatoc", "HT", "kt1hoatoc", "HT", "hg", "HG", "hengio", "HG", "kt1hengio", "HG");

	/** Độ mật: C (Mật), B (Tối mật), A (Tuyệt mật); blank is not secret. */
	public static final Map<String, String> SECRECY = Map.of("c", "C", "mat", "C", "domat", "C", "b", "B", "toimat",
			"B", "a", "A", "tuyetmat", "A");

	/** Loại bưu gửi: Thư, Gói, Kiện. */
	public static final Map<String, String> ITEM_TYPE = Map.of("thu", "THU", "goi", "GOI", "kien", "KIEN");

	/** Trạng thái: accepted, in transit, delivered, returned, lost. */
	public static final Map<String, String> STATUS = Map.of("chapnhan", "CHAP_NHAN", "dangphat", "DANG_PHAT",
			"daphat", "DA_PHAT", "chuyenhoan", "CHUYEN_HOAN", "thatlac", "THAT_LAC");

	private Vocabulary() {
	}

	/**
	 * An item only moves forward: accepted (1), in transit (2), then one final state (3).
	 * @param status a status code
	 * @return its rank
	 */
	public static int statusRank(String status) {
		return switch (status) {
			case "CHAP_NHAN" -> 1;
			case "DANG_PHAT" -> 2;
			default -> 3;
		};
	}

}
