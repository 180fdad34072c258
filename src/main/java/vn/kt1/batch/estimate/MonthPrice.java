package vn.kt1.batch.estimate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The average fee of one item of a service in a month, with VAT, over the agency's weight
 * mix.
 *
 * @param feePerItem VND per item, two decimals
 * @param version the first day of the newest price used (names the tariff version)
 */
record MonthPrice(YearMonth month, BigDecimal feePerItem, LocalDate version) {

}
