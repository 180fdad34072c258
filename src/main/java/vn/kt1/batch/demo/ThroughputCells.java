package vn.kt1.batch.demo;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import vn.kt1.batch.shared.code.Code;
import vn.kt1.batch.shared.code.ItemStatus;
import vn.kt1.batch.shared.code.ItemType;
import vn.kt1.batch.shared.code.Secrecy;
import vn.kt1.batch.shared.code.Urgency;

/** A throughput row as the cells of a file, with Vietnamese names in Vietnamese-style files. */
final class ThroughputCells {

	private static final Map<String, String> NAMES = names(Urgency.HT, Urgency.HG, Secrecy.C, Secrecy.B, Secrecy.A,
			ItemType.THU, ItemType.GOI, ItemType.KIEN, ItemStatus.DA_PHAT);

	private ThroughputCells() {
	}

	static Cell[] of(ThroughputRow row, FileStyle style) {
		return new Cell[] { Cell.text(row.barcode()), new Cell.When(row.accepted()), new Cell.Code(row.postOffice()),
				new Cell.Code(row.sender()), new Cell.Code(row.receiver()), name(row.urgency(), style),
				name(row.secrecy(), style), name(row.type(), style), new Cell.Number(row.weightG()),
				new Cell.Money(row.fee()), name(row.status(), style), new Cell.When(row.due()),
				new Cell.When(row.delivered()) };
	}

	private static Map<String, String> names(Code... codes) {
		return Arrays.stream(codes).collect(Collectors.toUnmodifiableMap(Code::code, Code::label));
	}

	private static Cell name(String code, FileStyle style) {
		return Cell.text((style == FileStyle.VIETNAMESE) ? NAMES.getOrDefault(code, code) : code);
	}

}
