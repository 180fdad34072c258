package vn.kt1.batch.reference;

import java.util.Objects;

/**
 * The tariff zone of an item: within the province ({@code NOI_TINH}) when the receiver is an
 * agency of the sender's province, otherwise between provinces ({@code LIEN_TINH}), also
 * when the receiver is not on the list (INPUTS.md section 4).
 */
public final class Zones {

	public static final String WITHIN = "NOI_TINH";

	public static final String BETWEEN = "LIEN_TINH";

	private Zones() {
	}

	/**
	 * @param senderProvince the sender's province code, or {@code null} when unknown
	 * @param receiverProvince the receiver's province code, or {@code null} when the receiver
	 * is not an agency on the list
	 * @return {@link #WITHIN} or {@link #BETWEEN}
	 */
	public static String of(String senderProvince, String receiverProvince) {
		return (senderProvince != null && Objects.equals(senderProvince, receiverProvince)) ? WITHIN : BETWEEN;
	}

}
