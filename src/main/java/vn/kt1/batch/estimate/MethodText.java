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

	private static final Pattern MEAN = Pattern.compile("Mean of (\\d+) months");

	private static final Pattern CAPPED = Pattern.compile(", (\\d+) outlying months? capped");

	private static final String COMBINATION = "kết hợp SES/Holt/tắt dần/Theta";

	/** @param method the forecaster's description, in English */
	static MethodText of(String method) {
		if (method.startsWith("Median of SES, Holt, damped trend and Theta")) {
			String text = "trung vị của SES, Holt, xu thế tắt dần và Theta";
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
