package vn.kt1.batch.reference;

/** A price the tariff does not have: the message names the component, zone or weight and day. */
public class TariffException extends RuntimeException {

	public TariffException(String message) {
		super(message);
	}

}
