package vn.kt1.batch.report.figures;

/**
 * Why the sender of an item was not a valid Appendix II agency on the day it was accepted,
 * as the agency list says now: two different facts a report must not mix up.
 */
public enum SenderStanding {

	/** the code is not on the agency list at all */
	NOT_LISTED("không có trong danh sách Phụ lục II"),

	/** on the list, but the item was accepted before its valid-from or after its valid-to */
	OUTSIDE_VALIDITY("có trong danh sách nhưng ngoài thời hạn hiệu lực"),

	/** on the list and valid on that day by today's list: the list was corrected after the items were loaded */
	LISTED_SINCE("được bổ sung vào danh sách sau khi nạp số liệu");

	private final String label;

	SenderStanding(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
