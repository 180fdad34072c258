package vn.kt1.batch.reconcile.tally;

import vn.kt1.batch.reconcile.judge.ItemVerdict;

/** Sums of one sender's items in a month, as they stream by. */
final class AgencyTally {

	int items;

	long fees;

	long expectedFees;

	int unpriced;

	int ineligible;

	void add(ItemVerdict verdict) {
		this.items++;
		this.fees += verdict.item().feeVnd();
		if (verdict.expectedVnd() != null) {
			this.expectedFees += verdict.expectedVnd();
		}
		else {
			this.unpriced++;
		}
		if (!verdict.item().senderEligible()) {
			this.ineligible++;
		}
	}

}
