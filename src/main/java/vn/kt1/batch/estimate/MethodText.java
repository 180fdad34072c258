package vn.kt1.batch.estimate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A forecasting method as users read it: its family (to count services by method) and its
 * full description, in Vietnamese. Descriptions it does not know stay as they are.
 *
 * @param family e.g. {@code Croston-SBA}
 * @param text e.g. {@code Croston-SBA (dùng không đều)}
 */
record MethodText(String family, String text) {

	/** The method of {@link vn.kt1.batch.estimate.forecast.Forecasters#standard()}, for users. */
	static final String DESCRIPTION = "Gộp theo nhóm đơn vị (cấp × loại): mỗi dịch vụ của nhóm dự báo từ số bưu gửi "
			+ "hằng tháng của cả nhóm (tháng không có bưu gửi tính 0), chia cho đơn vị theo tỷ trọng bưu gửi của đơn vị "
			+ "trong nhóm 24 tháng dùng gần nhất (tháng bất thường được chặn). Dự báo: bình quân của 8 mô hình, các tháng "
			+ "bất thường được chặn: ETS tự động (mọi mô hình sai số cộng/nhân, xu thế không/cộng/tắt dần, mùa vụ "
			+ "không/cộng/nhân, theo trọng số Akaike) và, trên chuỗi đã khử mùa vụ, Theta, san bằng mũ đơn giản (SES), "
			+ "xu thế tắt dần, Theta tối ưu động, ARIMA(p,1,0), SES của tổng quý và Theta của tổng năm; chuỗi "
			+ "dùng không đều (trên 24 % tháng trống) theo Croston-SBA; dưới 2 năm dữ liệu: trung bình 12 tháng gần "
			+ "nhất; 1–2 tháng dữ liệu: trung bình. Phương pháp chọn trên các điểm cắt trong phần huấn luyện của 1.428 "
			+ "chuỗi tháng M3; đánh giá một lần trên phần kiểm tra: sMAPE 18 tháng 13,53 %, sai số tổng 12 tháng "
			+ "(tháng 7–18) 10,75 % (kết hợp ETS+ARIMA+Theta của gói forecast trong R: 13,54 % và 11,0 %; kt1 "
			+ "benchmark-forecast). Kiểm định năm 2026 trên tỉnh mẫu (kt1 demo): gộp nhóm: tổng tỉnh +2,4 %, 27,3 % "
			+ "đơn vị sai số trong ±10 %; dự báo riêng từng đơn vị như trước 12/2026: +14,6 % và 17,4 %";

	private static final Pattern MEAN = Pattern.compile("Mean of (\\d+) months");

	private static final Pattern RECENT = Pattern.compile("Mean of the last (\\d+) months \\(under two years\\)");

	private static final Pattern ANNUALISED = Pattern.compile("(Pro rata|Seasonal annualisation) from (\\d+) months");

	private static final Pattern SHARE = Pattern
		.compile("Share ([0-9.]+) % of the group( \\((\\d+) outlying months? capped\\))?: (.*)");

	private static final Pattern CAPPED = Pattern.compile(", (\\d+) outlying months? capped");

	private static final String COMBINATION = "kết hợp 8 mô hình";

	private static final String COMBINED = "Mean of ETS, Theta, SES, damped, optimised Theta, ARIMA and aggregates";

	/** @param method the forecaster's description, in English */
	static MethodText of(String method) {
		Matcher share = SHARE.matcher(method);
		if (share.matches()) {
			return new MethodText("phần của dự báo nhóm", "phần " + share.group(1).replace('.', ',')
					+ " % của dự báo nhóm" + ((share.group(2) == null) ? "" : " (chặn " + share.group(3)
							+ " tháng bất thường)") + ": " + of(share.group(4)).text());
		}
		if (method.startsWith(COMBINED)) {
			String text = "bình quân của 8 mô hình (ETS, Theta, SES, xu thế tắt dần, Theta tối ưu, ARIMA, SES theo quý, "
					+ "Theta theo năm)";
			if (method.contains("(seasonally adjusted")) {
				text += " (đã khử mùa vụ)";
			}
			Matcher capped = CAPPED.matcher(method);
			if (capped.find()) {
				text += ", chặn " + capped.group(1) + " tháng bất thường";
			}
			return new MethodText(COMBINATION, text);
		}
		if (method.startsWith("Croston SBA")) {
			return new MethodText("Croston-SBA", "Croston-SBA (dùng không đều)");
		}
		Matcher annualised = ANNUALISED.matcher(method);
		if (annualised.matches()) {
			String how = annualised.group(1).equals("Pro rata") ? "theo tỷ lệ thời gian" : "theo mùa vụ của tỉnh";
			return new MethodText("quy năm " + how, "quy năm từ " + annualised.group(2) + " tháng " + how);
		}
		Matcher recent = RECENT.matcher(method);
		if (recent.matches()) {
			return new MethodText("trung bình", "trung bình " + recent.group(1) + " tháng gần nhất (dữ liệu dưới 2 năm)");
		}
		Matcher mean = MEAN.matcher(method);
		if (mean.matches()) {
			return new MethodText("trung bình", "trung bình " + mean.group(1) + " tháng");
		}
		if (method.equals("No items in the history") || method.equals("No history")) {
			return new MethodText("không có bưu gửi", "không có bưu gửi trong lịch sử");
		}
		return new MethodText(method, method);
	}

}
