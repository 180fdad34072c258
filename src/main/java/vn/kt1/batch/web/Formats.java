package vn.kt1.batch.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.kt1.batch.reconcile.judge.ExceptionKind;
import vn.kt1.batch.shared.Vnd;
import vn.kt1.batch.shared.code.AgencyCategory;
import vn.kt1.batch.shared.code.AgencyLevel;

/**
 * How the console writes values, as Vietnamese officials read them: dates {@code dd/MM/yyyy},
 * money {@code 1.234.567 đ}, counts {@code 18.612}, statuses in Vietnamese. Templates call it
 * as {@code ${@fmt.money(x)}}.
 */
@Component("fmt")
public class Formats {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	private static final Map<String, String> STATUSES = Map.ofEntries(Map.entry("COMPLETED", "Hoàn thành"),
			Map.entry("FAILED", "Lỗi"), Map.entry("STARTED", "Đang chạy"), Map.entry("STARTING", "Đang khởi động"),
			Map.entry("STOPPING", "Đang dừng"), Map.entry("STOPPED", "Đã dừng"), Map.entry("ABANDONED", "Đã bỏ"),
			Map.entry("UNKNOWN", "Không rõ"), Map.entry("LOADED", "Đã nạp"), Map.entry("REFUSED", "Từ chối"),
			Map.entry("DUPLICATE", "Trùng lặp"), Map.entry("PENDING", "Chờ nạp"), Map.entry("NORMAL", "Hoạt động"),
			Map.entry("PAUSED", "Tạm dừng"), Map.entry("BLOCKED", "Đang chạy"), Map.entry("ERROR", "Lỗi"),
			Map.entry("COMPLETE", "Đã xong"), Map.entry("OK", "Đạt"), Map.entry("INFO", "Thông tin"),
			Map.entry("WARNING", "Cảnh báo"));

	private static final Map<String, String> KINDS = Map.of("THROUGHPUT", "Sản lượng", "USAGE", "Báo cáo sử dụng",
			"SPENDING", "Chứng từ chi", "INCIDENTS", "Sổ sự cố", "PROPOSALS", "Đề xuất dự toán", "ALLOCATIONS",
			"Dự toán được giao");

	/** @return {@code 1.234.567 đ}, or empty for none */
	public String money(Number amount) {
		return (amount != null) ? Vnd.format(amount.longValue()) : "";
	}

	/** @return {@code 18.612}, or empty for none */
	public String number(Number number) {
		if (number == null) {
			return "";
		}
		if (number instanceof BigDecimal decimal && decimal.scale() > 0) {
			BigDecimal whole = decimal.setScale(0, RoundingMode.HALF_UP);
			return Vnd.group(whole.longValue());
		}
		return Vnd.group(number.longValue());
	}

	/** @return {@code 12,5 %} with one decimal, or empty for none */
	public String percent(Number value) {
		if (value == null) {
			return "";
		}
		return new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',')
				+ " %";
	}

	/** @return {@code 12,5 %} of part in whole, or empty when whole is 0 */
	public String share(Number part, Number whole) {
		if (part == null || whole == null || whole.doubleValue() == 0) {
			return "";
		}
		return percent(100.0 * part.doubleValue() / whole.doubleValue());
	}

	/** @return {@code dd/MM/yyyy} */
	public String date(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof LocalDate date) {
			return DATE.format(date);
		}
		if (value instanceof LocalDateTime time) {
			return DATE.format(time);
		}
		return dateTime(value);
	}

	/** @return {@code dd/MM/yyyy HH:mm:ss} in Vietnam's time */
	public String dateTime(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof LocalDateTime time) {
			return DATE_TIME.format(time);
		}
		if (value instanceof ZonedDateTime time) {
			return DATE_TIME.format(time.withZoneSameInstant(VIETNAM));
		}
		if (value instanceof Date date) {
			return DATE_TIME.format(date.toInstant().atZone(VIETNAM));
		}
		if (value instanceof LocalDate date) {
			return DATE.format(date);
		}
		return value.toString();
	}

	/** @return {@code MM/yyyy} of a {@code yyyy-MM} month */
	public String month(Object value) {
		if (value == null) {
			return "";
		}
		return MONTH.format((value instanceof YearMonth month) ? month : YearMonth.parse(value.toString()));
	}

	/** @return how long from start to end (or to now): {@code 2 phút 5 giây} */
	public String duration(LocalDateTime start, LocalDateTime end) {
		if (start == null) {
			return "";
		}
		Duration took = Duration.between(start, (end != null) ? end : LocalDateTime.now());
		long seconds = Math.max(0, took.getSeconds());
		if (seconds < 60) {
			return (seconds == 0 && took.toMillis() > 0) ? took.toMillis() + " ms" : seconds + " giây";
		}
		if (seconds < 3600) {
			return (seconds / 60) + " phút " + (seconds % 60) + " giây";
		}
		return (seconds / 3600) + " giờ " + (seconds % 3600 / 60) + " phút";
	}

	/** @return a status in Vietnamese: {@code Lỗi}, {@code Hoàn thành} */
	public String status(Object status) {
		return (status != null) ? STATUSES.getOrDefault(status.toString(), status.toString()) : "";
	}

	/** @return the CSS class of a status: {@code ok}, {@code bad}, {@code warn}, {@code run} */
	public String tone(Object status) {
		String value = (status != null) ? status.toString() : "";
		switch (value) {
			case "COMPLETED", "LOADED", "OK", "NORMAL", "COMPLETE", "MATCHED":
				return "ok";
			case "FAILED", "REFUSED", "ERROR", "UNKNOWN":
				return "bad";
			case "WARNING", "STOPPED", "PAUSED", "DUPLICATE", "ABANDONED":
				return "warn";
			case "STARTED", "STARTING", "STOPPING", "PENDING", "BLOCKED":
				return "run";
			default:
				return "info";
		}
	}

	/** @return an agency level in Vietnamese */
	public String level(String code) {
		return (code != null) ? AgencyLevel.label(code) : "";
	}

	/** @return an Appendix II category in Vietnamese */
	public String category(String code) {
		return (code != null) ? AgencyCategory.label(code) : "";
	}

	/** @return why an item needs attention, in Vietnamese */
	public String exception(String kind) {
		try {
			return ExceptionKind.valueOf(kind).label();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return (kind != null) ? kind : "";
		}
	}

	/** @return an input file kind in Vietnamese */
	public String kind(String code) {
		return (code != null) ? KINDS.getOrDefault(code, code) : "";
	}

}
