package vn.kt1.batch.report.figures;

/**
 * Delivery counts, as reconciliation judged them: items accepted, delivered, delivered or
 * overdue by the norm (on time, late), returned, lost, and still in transit within their
 * deadline.
 */
public record Quality(long accepted, long delivered, long onTime, long late, long returned, long lost, long inTransit) {

	public static final Quality NONE = new Quality(0, 0, 0, 0, 0, 0, 0);

	public Quality plus(Quality other) {
		return new Quality(this.accepted + other.accepted, this.delivered + other.delivered,
				this.onTime + other.onTime, this.late + other.late, this.returned + other.returned,
				this.lost + other.lost, this.inTransit + other.inTransit);
	}

	/** @return items judged against their deadline: on time or late */
	public long judged() {
		return this.onTime + this.late;
	}

	/** @return the on-time share of judged items, {@code null} when none was judged */
	public Double onTimeShare() {
		return VietnameseText.share(this.onTime, judged());
	}

}
