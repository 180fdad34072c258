package vn.kt1.batch.reference;

import java.time.LocalDate;

/**
 * An item's fee as the tariff prices it.
 *
 * @param feeVnd the fee with VAT, whole VND
 * @param version the first day of the newest price used (names the tariff version)
 */
public record TariffQuote(long feeVnd, LocalDate version) {

}
