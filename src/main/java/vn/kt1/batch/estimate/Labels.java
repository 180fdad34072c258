package vn.kt1.batch.estimate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import vn.kt1.batch.shared.Vnd;

/** What users read: Vietnamese names of levels, categories and services, and numbers as Vietnamese write them. */
public final class Labels {

	/** The levels in the order of the Department of Finance's tables. */
	static final List<String> LEVELS = List.of("TINH", "KHU_VUC", "XA", "DAC_BIET");

	/** Appendix II categories in the order the province lists them (seed 001). */
	static final List<String> CATEGORIES = List.of("DANG_UY", "HDND", "UBND", "TOA_AN", "VKS", "QUAN_SU", "NGAN_HANG",
			"CONG_AN", "MTTQ");

	private static final Map<String, String> LEVEL_NAMES = Map.of("TINH", "Cấp tỉnh", "KHU_VUC", "Khu vực", "XA",
			"Cấp xã", "DAC_BIET", "Đặc khu");

	private static final Map<String, String> CATEGORY_NAMES = Map.of("DANG_UY", "Cơ quan Đảng", "UBND",
			"Ủy ban nhân dân và cơ quan chuyên môn", "HDND", "Hội đồng nhân dân, Đoàn ĐBQH", "CONG_AN", "Công an",
			"MTTQ", "Mặt trận Tổ quốc và các đoàn thể", "TOA_AN", "Tòa án nhân dân", "VKS", "Viện kiểm sát nhân dân",
			"QUAN_SU", "Quân sự, phòng thủ", "NGAN_HANG", "Ngân hàng Nhà nước");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private Labels() {
	}

	/** @return an SQL ordering of a column by the codes' order, other codes last */
	static String orderBy(String column, List<String> codes) {
		String field = "FIELD(" + column + ", '" + String.join("', '", codes) + "')";
		return field + " = 0, " + field;
	}

	/** @return the position of a code in an order, other codes last */
	static int rank(List<String> order, String code) {
		int rank = order.indexOf(code);
		return (rank >= 0) ? rank : order.size();
	}

	/** @return an agency level in Vietnamese: {@code Cấp xã} */
	public static String level(String code) {
		return LEVEL_NAMES.getOrDefault(code, code);
	}

	/** @return an Appendix II category in Vietnamese: {@code Công an} */
	public static String category(String code) {
		return CATEGORY_NAMES.getOrDefault(code, code);
	}

	static String zone(String code) {
		return "NOI_TINH".equals(code) ? "Nội tỉnh" : "LIEN_TINH".equals(code) ? "Liên tỉnh" : code;
	}

	static String urgency(String code) {
		return switch (code) {
			case "HT" -> "Hỏa tốc";
			case "HG" -> "Hẹn giờ";
			default -> "thường";
		};
	}

	static String secrecy(String code) {
		return switch (code) {
			case "C" -> "Mật";
			case "B" -> "Tối mật";
			case "A" -> "Tuyệt mật";
			default -> "";
		};
	}

	/** @return {@code 05/2026} */
	static String month(YearMonth month) {
		return MONTH.format(month);
	}

	/** @return {@code 15/06/2026} */
	static String day(LocalDate day) {
		return DAY.format(day);
	}

	/** @return {@code 01/2024–05/2026}, or one month alone */
	static String months(YearMonth from, YearMonth to) {
		return from.equals(to) ? month(from) : month(from) + "–" + month(to);
	}

	/** @return a decimal with {@code ,} before its decimals and without trailing zeros: {@code 1,15} */
	static String decimal(BigDecimal value) {
		BigDecimal plain = value.stripTrailingZeros();
		if (plain.scale() < 0) {
			plain = plain.setScale(0);
		}
		String text = plain.toPlainString();
		int point = text.indexOf('.');
		String whole = (point < 0) ? text : text.substring(0, point);
		String grouped = whole.startsWith("-") ? "-" + Vnd.group(Long.parseLong(whole.substring(1)))
				: Vnd.group(Long.parseLong(whole));
		return (point < 0) ? grouped : grouped + "," + text.substring(point + 1);
	}

	/** @return a percentage with one decimal: {@code 12,3 %} */
	static String percent(BigDecimal percent) {
		return decimal(percent.setScale(1, java.math.RoundingMode.HALF_UP)) + " %";
	}

}
