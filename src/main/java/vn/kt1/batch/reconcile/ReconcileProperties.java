package vn.kt1.batch.reconcile;

import java.math.BigDecimal;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.kt1.batch.reconcile.tally.MoneyTolerance;

/**
 * How strict the reconciliation is.
 *
 * @param graceDays days after a month's end before its payments are judged
 * @param countTolerance largest difference of item counts still taken as equal
 * @param moneyToleranceVnd smallest money difference allowed, in VND
 * @param moneyTolerancePercent money difference allowed as a share of the reference amount;
 * the larger of the two applies
 * @param itemFeeToleranceVnd largest difference between an item's fee and its tariff price
 * that is not an exception (1 VND, rounding, at least)
 * @param volumeFactor a month with more items than this factor times the agency's usual
 * month (median of its previous 12) is an anomaly
 * @param volumeMinimumItems months below this count are never anomalies
 * @param nightFrom when night begins, for the continuity figures (default 22:00: night work
 * is 22:00 to 06:00 by the Labour Code 2019, art. 106)
 * @param nightTo when night ends the next morning (default 06:00)
 */
@ConfigurationProperties("kt1.reconcile")
public record ReconcileProperties(Integer graceDays, Integer countTolerance, Long moneyToleranceVnd,
		BigDecimal moneyTolerancePercent, Long itemFeeToleranceVnd, BigDecimal volumeFactor,
		Integer volumeMinimumItems, LocalTime nightFrom, LocalTime nightTo) {

	public ReconcileProperties {
		graceDays = (graceDays != null) ? graceDays : 45;
		countTolerance = (countTolerance != null) ? countTolerance : 0;
		moneyToleranceVnd = (moneyToleranceVnd != null) ? moneyToleranceVnd : 1_000L;
		moneyTolerancePercent = (moneyTolerancePercent != null) ? moneyTolerancePercent : new BigDecimal("0.5");
		itemFeeToleranceVnd = (itemFeeToleranceVnd != null) ? itemFeeToleranceVnd : 1L;
		volumeFactor = (volumeFactor != null) ? volumeFactor : BigDecimal.valueOf(3);
		volumeMinimumItems = (volumeMinimumItems != null) ? volumeMinimumItems : 20;
		nightFrom = (nightFrom != null) ? nightFrom : LocalTime.of(22, 0);
		nightTo = (nightTo != null) ? nightTo : LocalTime.of(6, 0);
	}

	/** @return the money tolerance */
	public MoneyTolerance money() {
		return new MoneyTolerance(this.moneyToleranceVnd, this.moneyTolerancePercent);
	}

	/** @return the settings in one line, kept with each run */
	String describe() {
		return "graceDays=" + this.graceDays + ", countTolerance=" + this.countTolerance + ", money=max("
				+ this.moneyToleranceVnd + " VND, " + this.moneyTolerancePercent.toPlainString()
				+ " %), itemFeeTolerance=" + this.itemFeeToleranceVnd + " VND, volumeFactor="
				+ this.volumeFactor.toPlainString() + ", volumeMinimumItems=" + this.volumeMinimumItems + ", night="
				+ this.nightFrom + "-" + this.nightTo;
	}

}
