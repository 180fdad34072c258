package vn.kt1.batch.budget;

import java.time.LocalDate;

/**
 * A budget allocated to an agency by a decision (dự toán được giao), for one sub-item.
 *
 * @param agency the agency's code
 * @param year the budget year
 * @param subItem the 4-digit state-budget sub-item (tiểu mục)
 * @param decisionNo the decision's number, as written
 * @param decisionDate the decision's date
 * @param amountVnd the amount, whole VND (negative: a decision that reduces an earlier one)
 */
public record Allocation(String agency, int year, String subItem, String decisionNo, LocalDate decisionDate,
		long amountVnd) {

}
