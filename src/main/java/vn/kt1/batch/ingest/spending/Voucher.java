package vn.kt1.batch.ingest.spending;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A payment voucher: an agency pays (or, when negative, is refunded) for a month of KT1.
 *
 * @param period the month of service paid for (kỳ cước)
 * @param subItem 4-digit state-budget sub-item (tiểu mục)
 */
record Voucher(String number, LocalDate date, String agency, YearMonth period, String subItem, long amountVnd,
		String content) {

	String key() {
		return this.agency + "/" + this.number;
	}

}
