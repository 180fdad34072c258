package vn.kt1.batch.estimate;

import java.time.LocalDate;

/**
 * What an estimate run is made from, stored when it opens.
 *
 * @param method the forecasting method in words
 * @param overrideReason why the run goes on despite ERROR data checks, or {@code null}
 * @param inputFiles the throughput files of the history
 * @param dataChecks the history's data checks in words
 * @param tariffNotes the notes of the year's tariff rows
 */
record NewRun(long jobExecutionId, LocalDate asOf, EstimateWindow window, AmountRule rule, String subItem,
		String subItemName, int minMonthsUsed, String method, String overrideReason, InputFiles inputFiles,
		String dataChecks, String tariffNotes) {

}
