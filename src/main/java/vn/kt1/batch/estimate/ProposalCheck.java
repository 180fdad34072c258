package vn.kt1.batch.estimate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An agency's own proposal beside its estimate, for the appraiser: the difference in % of the
 * estimate and a mark when it is further than the threshold either way.
 *
 * @param proposalVnd what the agency proposed, {@code null} when it sent nothing
 * @param difference (proposal − estimate) / estimate, {@code null} without a proposal or with
 * an estimate of 0
 * @param mark why the appraiser should look, or {@code null}
 */
public record ProposalCheck(Long proposalVnd, Double difference, String mark) {

	static final ProposalCheck NONE = new ProposalCheck(null, null, null);

	public static ProposalCheck of(long estimateVnd, Long proposalVnd, BigDecimal thresholdPercent) {
		if (proposalVnd == null) {
			return NONE;
		}
		if (estimateVnd == 0) {
			return new ProposalCheck(proposalVnd, null, (proposalVnd > 0) ? "Đề xuất khi dự toán bằng 0" : null);
		}
		BigDecimal difference = BigDecimal.valueOf(proposalVnd - estimateVnd)
			.divide(BigDecimal.valueOf(estimateVnd), 12, RoundingMode.HALF_UP);
		boolean beyond = difference.abs().multiply(BigDecimal.valueOf(100)).compareTo(thresholdPercent) > 0;
		String mark = beyond ? ((difference.signum() > 0) ? "Đề xuất cao hơn" : "Đề xuất thấp hơn") + " dự toán "
				+ percent(difference.abs()) + " (ngưỡng " + thresholdPercent.stripTrailingZeros().toPlainString() + "%)"
				: null;
		return new ProposalCheck(proposalVnd, difference.doubleValue(), mark);
	}

	/** @return e.g. {@code 35,5%} */
	private static String percent(BigDecimal fraction) {
		return fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',')
				+ "%";
	}

}
