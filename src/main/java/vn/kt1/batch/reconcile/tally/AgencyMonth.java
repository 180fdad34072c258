package vn.kt1.batch.reconcile.tally;

/**
 * One agency's month before it is judged.
 *
 * @param agencyCode the agency, or any other sender seen in throughput
 * @param onList whether the agency is on the Appendix II list and valid in the month
 * @param poItems items the post office accepted from it in the month
 * @param poFeesVnd their fees as the post office charged them
 * @param expectedFeesVnd their fees as the tariff prices them (priced items only)
 * @param unpricedItems items the tariff could not price
 * @param ineligibleItems items sent on a day the sender was not a valid agency
 * @param reportedItems items in its current usage report, {@code null} without a report
 * @param reportedVnd amount in its current usage report, {@code null} without a report
 * @param paidVnd payments for the month (vouchers with this service month), refunds netted
 */
public record AgencyMonth(String agencyCode, boolean onList, int poItems, long poFeesVnd, long expectedFeesVnd,
		int unpricedItems, int ineligibleItems, Integer reportedItems, Long reportedVnd, long paidVnd) {

	/** @return whether the agency sent a usage report for the month */
	public boolean reported() {
		return this.reportedItems != null;
	}

}
