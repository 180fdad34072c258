package vn.kt1.batch.reconcile.decision;

/**
 * What the standing decisions of some months add up to.
 *
 * @param adjustments adjustments that apply
 * @param adjustedVnd their sum, signed VND
 * @param disputes disputes that apply
 * @param accepted acceptances that apply
 * @param noLongerMatching decisions whose rows changed or went in a re-run
 */
public record DecisionTotals(int adjustments, long adjustedVnd, int disputes, int accepted, int noLongerMatching) {

	/** @return whether there is no decision at all */
	public boolean none() {
		return this.adjustments + this.disputes + this.accepted + this.noLongerMatching == 0;
	}

}
