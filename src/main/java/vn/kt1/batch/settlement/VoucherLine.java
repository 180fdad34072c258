package vn.kt1.batch.settlement;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A payment voucher of the agency for a month of the year; negative for a refund.
 *
 * @param number the voucher's number
 * @param date its date
 * @param period the month paid for (kỳ cước)
 * @param subItem the budget sub-item
 * @param amountVnd the amount
 * @param content what it says
 */
record VoucherLine(String number, LocalDate date, YearMonth period, String subItem, long amountVnd, String content) {

}
