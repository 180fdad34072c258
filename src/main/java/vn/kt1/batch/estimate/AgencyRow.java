package vn.kt1.batch.estimate;

import java.math.BigDecimal;

/**
 * One agency of a stored run, as the workbook shows it.
 *
 * @param fromHistory forecast from its own history, else its peers' median
 * @param services its forecast items per service, in words
 * @param review why its forecast wants a look, or {@code null}
 */
record AgencyRow(String code, String name, String level, String category, boolean fromHistory, BigDecimal items,
		String services, long amountVnd, String basis, String review) {

}
