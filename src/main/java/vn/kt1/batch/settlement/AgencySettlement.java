package vn.kt1.batch.settlement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * An agency's year: its budget, the post office's items and fees by month, its payments by
 * voucher, and what is left.
 *
 * @param code the agency's code
 * @param name its name, {@code null} when it is not on the list
 * @param level its level code
 * @param category its category code
 * @param budgetVnd its budget for the year, {@code null} when it has none
 * @param budgetBasis {@code Được giao} (allocated, with the decisions) or {@code Ước tính}
 * (kt1-batch's estimate)
 * @param months the twelve months
 * @param vouchers its vouchers for the year's months, by date
 */
record AgencySettlement(String code, String name, String level, String category, Long budgetVnd, String budgetBasis,
		List<MonthLine> months, List<VoucherLine> vouchers) {

	long items() {
		return this.months.stream().mapToLong(MonthLine::items).sum();
	}

	long fees() {
		return this.months.stream().mapToLong(MonthLine::feesVnd).sum();
	}

	long paid() {
		return this.months.stream().mapToLong(MonthLine::paidVnd).sum();
	}

	long adjusted() {
		return this.months.stream().mapToLong(MonthLine::adjustedVnd).sum();
	}

	long refunded() {
		return this.months.stream().mapToLong(MonthLine::refundedVnd).sum();
	}

	/** @return the budget not paid out, {@code null} without a budget */
	Long budgetLeft() {
		return (this.budgetVnd != null) ? this.budgetVnd - paid() : null;
	}

	/** @return the year in words: the months unpaid, overpaid, refunds, months not reconciled */
	String explanation() {
		List<String> parts = new ArrayList<>();
		add(parts, "chưa thanh toán", (m) -> m.reconciled() && m.feesVnd() > 0 && m.paidVnd() == 0);
		add(parts, "thanh toán thiếu", (m) -> m.reconciled() && m.paidVnd() > 0 && m.paidVnd() < m.feesVnd());
		add(parts, "thanh toán thừa", (m) -> m.reconciled() && m.paidVnd() > m.feesVnd());
		add(parts, "có hoàn trả", (m) -> m.refundedVnd() > 0);
		add(parts, "chưa đối soát", (m) -> !m.reconciled());
		if (this.budgetVnd != null && paid() > this.budgetVnd) {
			parts.add("đã thanh toán vượt dự toán");
		}
		return parts.isEmpty() ? "Khớp" : String.join("; ", parts);
	}

	private void add(List<String> parts, String what, Predicate<MonthLine> which) {
		List<String> months = this.months.stream()
			.filter(which)
			.map((m) -> String.valueOf(m.month().getMonthValue()))
			.toList();
		if (!months.isEmpty()) {
			parts.add(what + " tháng " + String.join(", ", months));
		}
	}

}
