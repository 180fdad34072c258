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
	static final String DESCRIPTION = "Mỗi dịch vụ của mỗi đơn vị dự báo riêng từ số bưu gửi hằng tháng (tháng "
			+ "không có bưu gửi tính 0): trung vị dự báo của san bằng mũ đơn giản (SES), Holt, xu thế tắt dần và "
			+ "Theta, trên chuỗi đã khử mùa vụ khi có từ 2 năm dữ liệu và mùa vụ rõ, các tháng bất thường được chặn; "
			+ "chuỗi dùng không đều (trên 24 % tháng trống) theo Croston-SBA; dưới 2 năm dữ liệu: trung bình 12 tháng "
			+ "gần nhất; 1–2 tháng dữ liệu: trung bình. "
			+ "Trên 1.428 chuỗi tháng của M3, sai số tổng 12 tháng (tháng 7–18 sau dữ liệu) trung bình 11,04 % "
			+ "(Theta 11,06 %, Naive2 16,07 %); sMAPE 18 tháng 13,69 % (kt1 benchmark-forecast)";

	private static final Pattern MEAN = Pattern.compile("Mean of (\\d+) months");

	private static final Pattern RECENT = Pattern.compile("Mean of the last (\\d+) months \\(under two years\\)");

	private static final Pattern ANNUALISED = Pattern.compile("(Pro rata|Seasonal annualisation) from (\\d+) months");

	private static final Pattern SHARE = Pattern
		.compile("Share ([0-9.]+) % of the group( \\((\\d+) outlying months? capped\\))?: (.*)");

	private static final Pattern CAPPED = Pattern.compile(", (\\d+) outlying months? capped");

	private static final String COMBINATION = "kết hợp ETS/Theta/SES";

	/** @param method the forecaster's description, in English */
	static MethodText of(String method) {
		Matcher share = SHARE.matcher(method);
		if (share.matches()) {
			return new MethodText("phần của dự báo nhóm", "phần " + share.group(1).replace('.', ',')
					+ " % của dự báo nhóm" + ((share.group(2) == null) ? "" : " (chặn " + share.group(3)
							+ " tháng bất thường)") + ": " + of(share.group(4)).text());
		}
		if (method.startsWith("Mean of ETS, Theta and SES")) {
			String text = "bình quân của ETS, Theta và SES";
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
