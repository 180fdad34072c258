package vn.kt1.batch.estimate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * A stored estimate run: what it was made from and its totals.
 *
 * @param events the contingency and event factors in words
 * @param tariffVersions the first days of the tariff versions used, comma-separated
 * @param fewMonthAgencies agencies estimated from a few months carried over the year
 * @param reviewAgencies agencies whose estimate wants a look
 * @param totalVnd the sum of the agencies' estimates
 */
public record EstimateRun(long id, int year, long jobExecutionId, LocalDate asOf, YearMonth historyFrom,
		YearMonth historyTo, int horizonMonths, String status, boolean current, LocalDateTime startedAt,
		BigDecimal contingencyPercent, BigDecimal eventFactor, String events, String subItem, String subItemName,
		int minMonthsUsed, String method, String overrideReason, int inputFiles, String inputDigest,
		String dataChecks, String tariffNotes, String tariffVersions, int agencies, int peerAgencies,
		int fewMonthAgencies, int reviewAgencies, BigDecimal items, long baseVnd,
		long totalVnd, String workbook) {

	/** @return the months of history */
	public int historyMonths() {
		return new EstimateWindow(this.year, this.historyFrom, this.historyTo).historyMonths();
	}

}
