package vn.kt1.batch.estimate.workbook;

import java.math.BigDecimal;

import vn.kt1.batch.estimate.Service;

/**
 * One service of one agency in a stored run.
 *
 * @param prices the fee per item of each priced period, in words
 * @param baseVnd the service's amount with VAT, before contingency and factors
 */
record ServiceRow(String code, String name, Service service, int historyItems, int averageWeightG, String method,
		BigDecimal items, String prices, long baseVnd) {

}
