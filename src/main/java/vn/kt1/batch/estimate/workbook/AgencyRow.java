package vn.kt1.batch.estimate.workbook;

import java.math.BigDecimal;

import vn.kt1.batch.estimate.Basis;

/**
 * One agency of a stored run, as the workbook shows it.
 *
 * @param basis what its estimate is made from
 * @param services its forecast items per service, in words
 * @param basisText the basis in one line
 * @param review why its forecast wants a look, or {@code null}
 * @param intervalLowVnd the 80 % interval of its forecast cost before contingency, or {@code null}
 * @param intervalHighVnd its upper end, or {@code null}
 */
record AgencyRow(String code, String name, String level, String category, Basis basis, BigDecimal items,
		String services, long amountVnd, String basisText, String review, Long intervalLowVnd,
		Long intervalHighVnd) {

}
