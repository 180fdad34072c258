package vn.kt1.batch.report.document;

import java.util.List;
import java.util.stream.Collectors;

import vn.kt1.batch.reconcile.quality.DeliveryNorm;
import vn.kt1.batch.reconcile.quality.DeliveryNorms;
import vn.kt1.batch.report.figures.ReportPeriod;
import vn.kt1.batch.report.figures.VietnameseText;

/** The delivery norm of a service and scope over a period, as people write it: {@code J + 1,5 ngày làm việc}. */
public final class NormText {

	private NormText() {
	}

	/**
	 * @return the norm in force during the period; several, each with its first day, when it
	 * changed within the period
	 */
	public static String of(DeliveryNorms norms, ReportPeriod period, String scope, String urgency) {
		if (DeliveryNorms.AGREED_TIME.equals(urgency)) {
			return "Theo giờ hẹn với người gửi";
		}
		List<DeliveryNorm> applying = norms.norms()
			.stream()
			.filter((norm) -> norm.scope().equals(scope) && norm.urgency().equals(urgency))
			.filter((norm) -> !norm.validFrom().isAfter(period.end())
					&& (norm.validTo() == null || !norm.validTo().isBefore(period.start())))
			.toList();
		if (applying.isEmpty()) {
			return "Chưa có chỉ tiêu";
		}
		if (applying.size() == 1) {
			return text(applying.get(0));
		}
		return applying.stream()
			.map((norm) -> text(norm) + " (từ " + VietnameseText.day(norm.validFrom()) + ")")
			.collect(Collectors.joining("; "));
	}

	private static String text(DeliveryNorm norm) {
		return "J + " + norm.workingDays().stripTrailingZeros().toPlainString().replace('.', ',') + " ngày làm việc";
	}

}
