package vn.kt1.batch.alert;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Who is told: each alert has one topic, and each topic its recipients
 * ({@code kt1.alerts.recipients.<topic>}).
 */
public enum Topic {

	/** jobs that failed, stopped or were left running; files refused in a night: administrators */
	FAILURES("sự cố vận hành"),

	/**
	 * data checks at ERROR, post offices that send nothing, incidents of grade A or B:
	 * administrators, Department of Science and Technology
	 */
	CHECKS("kiểm tra dữ liệu"),

	/** deadlines coming or passed */
	DEADLINES("thời hạn"),

	/** budget estimates made: finance staff */
	ESTIMATES("dự toán"),

	/** year-end reports made: the post office director's office */
	REPORTS("báo cáo"),

	/** the morning digest */
	DIGEST("tóm tắt hằng ngày"),

	/** {@code kt1 alerts test}: to the address given */
	TEST("thư thử");

	private final String label;

	Topic(String label) {
		this.label = label;
	}

	/** @return the topic in Vietnamese */
	public String label() {
		return this.label;
	}

	/** @return the name used in configuration, e.g. {@code failures} */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the topic of a configuration name, e.g. {@code failures} */
	public static Optional<Topic> ofKey(String key) {
		return Arrays.stream(values()).filter((topic) -> topic.key().equals(key.trim().toLowerCase(Locale.ROOT)))
			.findFirst();
	}

}
