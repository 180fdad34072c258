package vn.kt1.batch.reference;

import java.time.LocalDate;

/**
 * An agency of Appendix II that may use and pay for KT1.
 *
 * @param code 7-digit budget-relationship code (mã ĐVQHNS)
 * @param level {@code TINH}, {@code KHU_VUC}, {@code XA} or {@code DAC_BIET}
 * @param category Appendix II category, e.g. {@code UBND}
 * @param communeCode 5-digit commune code, for commune-level agencies
 * @param validFrom first valid day, {@code null} when open
 * @param validTo last valid day, {@code null} when open
 */
public record Agency(String code, String name, String level, String category, String provinceCode,
		String communeCode, LocalDate validFrom, LocalDate validTo) {

}
