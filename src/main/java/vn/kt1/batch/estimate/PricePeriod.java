package vn.kt1.batch.estimate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Consecutive months of a service's forecast priced alike.
 *
 * @param items the forecast items of the months, two decimals
 * @param feePerItem the average fee of an item with VAT, two decimals
 * @param tariffVersion the first day of the newest price used
 */
record PricePeriod(YearMonth from, YearMonth to, LocalDate tariffVersion, BigDecimal items, BigDecimal feePerItem) {

	/** @return items × fee per item, exact */
	BigDecimal amount() {
		return this.items.multiply(this.feePerItem);
	}

	/** @return whether a month priced so continues this period */
	boolean continuedBy(MonthPrice price) {
		return price.month().equals(this.to.plusMonths(1)) && price.feePerItem().equals(this.feePerItem)
				&& price.version().equals(this.tariffVersion);
	}

	PricePeriod plus(MonthPrice price, BigDecimal monthItems) {
		return new PricePeriod(this.from, price.month(), this.tariffVersion, this.items.add(monthItems),
				this.feePerItem);
	}

}
