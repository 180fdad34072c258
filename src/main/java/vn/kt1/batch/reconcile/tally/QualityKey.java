package vn.kt1.batch.reconcile.tally;

import java.util.Comparator;

/** A row of the delivery-quality table: post office, zone and service. */
record QualityKey(String postOfficeCode, String zone, String urgency) implements Comparable<QualityKey> {

	private static final Comparator<QualityKey> ORDER = Comparator.comparing(QualityKey::postOfficeCode)
		.thenComparing(QualityKey::zone)
		.thenComparing(QualityKey::urgency);

	@Override
	public int compareTo(QualityKey other) {
		return ORDER.compare(this, other);
	}

}
