package vn.kt1.batch.estimate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import vn.kt1.batch.shared.Vnd;

/** The basis of an agency's estimate in one Vietnamese line, as the workbook shows it. */
final class BasisLine {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private BasisLine() {
	}

	static String of(AgencyEstimate estimate, EstimateWindow window, AmountRule rule) {
		String basis = switch (estimate.basis()) {
			case HISTORY -> history(estimate, window);
			case FEW_MONTHS -> history(estimate, window) + "; lý do: " + estimate.reason();
			case PEER_MEDIAN -> peers(estimate);
		};
		if (estimate.validShare().compareTo(BigDecimal.ONE) < 0) {
			basis += "; hiệu lực " + Notation.percent(estimate.validShare().multiply(HUNDRED)) + " số ngày của năm";
		}
		return basis + "; " + rule.describe() + "; làm tròn lên nghìn đồng";
	}

	private static String history(AgencyEstimate estimate, EstimateWindow window) {
		Map<String, Long> methods = estimate.services()
			.stream()
			.collect(Collectors.groupingBy((s) -> s.method().family(), TreeMap::new, Collectors.counting()));
		TreeSet<LocalDate> versions = estimate.services()
			.stream()
			.flatMap((s) -> s.periods().stream())
			.map(PricePeriod::tariffVersion)
			.collect(Collectors.toCollection(TreeSet::new));
		String since = estimate.firstUse().isAfter(window.historyFrom())
				? " (dùng từ " + Notation.month(estimate.firstUse()) + ")" : "";
		return "Dự báo " + items(estimate.items()) + " bưu gửi (" + estimate.services().size() + " dịch vụ) từ "
				+ window.historyMonths() + " tháng " + Notation.months(window.historyFrom(), window.historyTo()) + since
				+ ": "
				+ methods.entrySet().stream().map((m) -> m.getKey() + " " + m.getValue()).collect(Collectors.joining(", "))
				+ "; giá từ " + versions.stream().map(Notation::day).collect(Collectors.joining(" và "))
				+ " theo khối lượng bưu gửi của đơn vị, gồm VAT";
	}

	private static String peers(AgencyEstimate estimate) {
		PeerMedian peer = estimate.peer();
		if (peer.peers() == 0) {
			return "Không có đơn vị nào có lịch sử để lấy trung vị: ước 0 đ; lý do: " + estimate.reason();
		}
		return "Ước theo trung vị nhóm " + peer.group() + " (" + peer.peers() + " đơn vị có lịch sử): "
				+ Vnd.format(peer.medianVnd()) + " cả năm, " + items(peer.medianItems()) + " bưu gửi; lý do: "
				+ estimate.reason();
	}

	private static String items(BigDecimal items) {
		return Vnd.group(items.setScale(0, RoundingMode.HALF_UP).longValueExact());
	}

}
