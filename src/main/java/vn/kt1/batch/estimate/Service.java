package vn.kt1.batch.estimate;

import java.util.Comparator;

import vn.kt1.batch.shared.code.Codes;
import vn.kt1.batch.shared.code.Secrecy;
import vn.kt1.batch.shared.code.Urgency;
import vn.kt1.batch.shared.code.Zone;

/**
 * A service combination an agency uses: zone × urgency × secrecy.
 *
 * @param zone {@code NOI_TINH} or {@code LIEN_TINH}
 * @param urgency {@code KT1}, {@code HT} or {@code HG}
 * @param secrecy blank, {@code C}, {@code B} or {@code A}
 */
public record Service(String zone, String urgency, String secrecy) implements Comparable<Service> {

	private static final Comparator<Service> ORDER = Comparator
		.comparingInt((Service s) -> Codes.rank(Zone.class, s.zone))
		.thenComparingInt((s) -> Codes.rank(Urgency.class, s.urgency))
		.thenComparingInt((s) -> Codes.rank(Secrecy.class, s.secrecy));

	/** @return the service in Vietnamese, e.g. {@code Nội tỉnh, Hỏa tốc, Mật} */
	public String label() {
		String label = Zone.label(this.zone) + ", " + Urgency.label(this.urgency);
		return this.secrecy.isEmpty() ? label : label + ", " + Secrecy.label(this.secrecy);
	}

	@Override
	public int compareTo(Service other) {
		return ORDER.compare(this, other);
	}

}
