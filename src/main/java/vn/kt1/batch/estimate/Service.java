package vn.kt1.batch.estimate;

import java.util.Comparator;
import java.util.List;

/**
 * A service combination an agency uses: zone × urgency × secrecy.
 *
 * @param zone {@code NOI_TINH} or {@code LIEN_TINH}
 * @param urgency {@code KT1}, {@code HT} or {@code HG}
 * @param secrecy blank, {@code C}, {@code B} or {@code A}
 */
record Service(String zone, String urgency, String secrecy) implements Comparable<Service> {

	private static final List<String> ZONES = List.of("NOI_TINH", "LIEN_TINH");

	private static final List<String> URGENCIES = List.of("KT1", "HT", "HG");

	private static final List<String> SECRECIES = List.of("", "C", "B", "A");

	private static final Comparator<Service> ORDER = Comparator
		.comparingInt((Service s) -> Labels.rank(ZONES, s.zone))
		.thenComparingInt((s) -> Labels.rank(URGENCIES, s.urgency))
		.thenComparingInt((s) -> Labels.rank(SECRECIES, s.secrecy));

	/** @return the service in Vietnamese, e.g. {@code Nội tỉnh, Hỏa tốc, Mật} */
	String label() {
		String label = Labels.zone(this.zone) + ", " + Labels.urgency(this.urgency);
		return this.secrecy.isEmpty() ? label : label + ", " + Labels.secrecy(this.secrecy);
	}

	@Override
	public int compareTo(Service other) {
		return ORDER.compare(this, other);
	}

}
