package vn.kt1.batch.demo;

import java.time.LocalDate;

/**
 * An agency of a generated sample province (the columns of the agency list).
 *
 * @param validFrom first valid day, or {@code null}
 * @param validTo last valid day, or {@code null}
 */
record SampleAgency(String code, String name, String level, String category, String provinceCode,
		String communeCode, LocalDate validFrom, LocalDate validTo) {

	boolean validOn(LocalDate day) {
		return (this.validFrom == null || !day.isBefore(this.validFrom))
				&& (this.validTo == null || !day.isAfter(this.validTo));
	}

}
