package vn.kt1.batch.estimate.workbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.kt1.batch.shared.Vnd;
import vn.kt1.batch.shared.code.Secrecy;
import vn.kt1.batch.shared.code.Urgency;
import vn.kt1.batch.shared.code.Zone;

/**
 * An agency's forecast items by zone, by urgency and by secrecy, in one line:
 * {@code Nội tỉnh 380, Liên tỉnh 104; Hỏa tốc 53, Hẹn giờ 20; Mật 150, Tối mật 60}.
 */
final class MixText {

	private static final List<List<String>> GROUPS = List.of(List.of(Zone.NOI_TINH.label(), Zone.LIEN_TINH.label()),
			List.of(Urgency.HT.label(), Urgency.HG.label()),
			List.of(Secrecy.C.label(), Secrecy.B.label(), Secrecy.A.label()));

	private MixText() {
	}

	/** @param items forecast items by the labels of zones, urgencies and secrecies */
	static String of(Map<String, BigDecimal> items) {
		return GROUPS.stream()
			.map((group) -> group.stream()
				.filter(items::containsKey)
				.map((label) -> label + " " + count(items.get(label)))
				.collect(Collectors.joining(", ")))
			.filter((text) -> !text.isEmpty())
			.collect(Collectors.joining("; "));
	}

	private static String count(BigDecimal items) {
		long whole = items.setScale(0, RoundingMode.HALF_UP).longValueExact();
		return (whole == 0 && items.signum() > 0) ? "<1" : Vnd.group(whole);
	}

}
