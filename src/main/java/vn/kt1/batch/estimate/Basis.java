package vn.kt1.batch.estimate;

/** What an agency's estimate is made from, with its Vietnamese label. */
public enum Basis {

	/** Its own history of at least {@code min-months-used} months, forecast. */
	HISTORY("Lịch sử"),

	/** Too little history or none: the median of its peers. */
	PEER_MEDIAN("Trung vị nhóm"),

	/** Too little history and no peers to lean on: its own months carried over the year. */
	FEW_MONTHS("Quy năm từ ít tháng");

	private final String label;

	Basis(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** @return whether the estimate is its own services forecast (not a median of others) */
	boolean ownServices() {
		return this != PEER_MEDIAN;
	}

}
