package vn.kt1.batch.reconcile.tally;

import vn.kt1.batch.reconcile.judge.ItemVerdict;

/**
 * Delivery counts of one post office, zone and service in a month. Delivered items are on
 * time or late; undelivered items past their deadline are late too.
 */
final class QualityTally {

	int accepted;

	int delivered;

	int onTime;

	int late;

	int returned;

	int lost;

	int inTransit;

	void add(ItemVerdict verdict) {
		this.accepted++;
		if ("DA_PHAT".equals(verdict.item().state())) {
			this.delivered++;
		}
		switch (verdict.outcome()) {
			case ON_TIME -> this.onTime++;
			case LATE -> this.late++;
			case RETURNED -> this.returned++;
			case LOST -> this.lost++;
			default -> this.inTransit++;
		}
	}

}
