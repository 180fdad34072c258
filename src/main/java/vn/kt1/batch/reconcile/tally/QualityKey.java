package vn.kt1.batch.reconcile.tally;

/** A row of the delivery-quality table: post office, zone and service. */
record QualityKey(String postOfficeCode, String zone, String urgency) implements Comparable<QualityKey> {

	@Override
	public int compareTo(QualityKey other) {
		return (this.postOfficeCode + this.zone + this.urgency)
			.compareTo(other.postOfficeCode + other.zone + other.urgency);
	}

}
