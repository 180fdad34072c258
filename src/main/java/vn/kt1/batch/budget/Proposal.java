package vn.kt1.batch.budget;

/**
 * An agency's own proposal of its KT1 budget for a year (đề xuất dự toán).
 *
 * @param agency the agency's code
 * @param year the budget year
 * @param amountVnd the amount proposed, whole VND
 * @param note what the agency wrote beside it, or {@code null}
 */
public record Proposal(String agency, int year, long amountVnd, String note) {

}
