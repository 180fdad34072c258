package vn.kt1.batch.demo;

import java.util.Map;

/** A throughput row as the cells of a file, with Vietnamese names in Vietnamese-style files. */
final class ThroughputCells {

	private static final Map<String, String> NAMES = Map.of("HT", "Hỏa tốc", "HG", "Hẹn giờ", "C", "Mật", "B",
			"Tối mật", "A", "Tuyệt mật", "THU", "Thư", "GOI", "Gói", "KIEN", "Kiện", "DA_PHAT", "Đã phát");

	private ThroughputCells() {
	}

	static Cell[] of(ThroughputRow row, FileStyle style) {
		return new Cell[] { Cell.text(row.barcode()), new Cell.When(row.accepted()), new Cell.Code(row.postOffice()),
				new Cell.Code(row.sender()), new Cell.Code(row.receiver()), name(row.urgency(), style),
				name(row.secrecy(), style), name(row.type(), style), new Cell.Number(row.weightG()),
				new Cell.Money(row.fee()), name(row.status(), style), new Cell.When(row.due()),
				new Cell.When(row.delivered()) };
	}

	private static Cell name(String code, FileStyle style) {
		return Cell.text((style == FileStyle.VIETNAMESE) ? NAMES.getOrDefault(code, code) : code);
	}

}
