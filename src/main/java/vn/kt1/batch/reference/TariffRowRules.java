package vn.kt1.batch.reference;

import java.time.LocalDate;

import vn.kt1.batch.shared.input.RowFields;

/** Which tariff columns a base price row and a surcharge row must and must not have. */
final class TariffRowRules {

	private TariffRowRules() {
	}

	static void check(RowFields row, String component, String zone, Integer from, Integer to, Integer step,
			Long stepPrice, Long price, LocalDate validFrom, LocalDate validTo) {
		if (component == null) {
			return;
		}
		if ("CUOC_CHINH".equals(component)) {
			checkBase(row, zone, from, to, step, stepPrice);
		}
		else if (zone != null || to != null || step != null) {
			row.fail("vung", "a surcharge row (" + component + ") has no zone, weights or steps");
		}
		if (price != null && price < 0) {
			row.fail("gia_vnd", "price must not be negative");
		}
		if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
			row.fail("hieu_luc_den", "valid-to " + validTo + " is before valid-from " + validFrom);
		}
	}

	private static void checkBase(RowFields row, String zone, Integer from, Integer to, Integer step, Long stepPrice) {
		if (zone == null) {
			row.fail("vung", "a base price row needs a zone (NOI_TINH or LIEN_TINH)");
		}
		if (from == null || from < 0) {
			row.fail("khoi_luong_tu_g", "a base price row needs a weight-from of 0 g or more");
		}
		if (to == null || (from != null && to <= from)) {
			row.fail("khoi_luong_den_g", "a base price row needs a weight-to above its weight-from");
		}
		if ((step == null) != (stepPrice == null)) {
			row.fail("buoc_them_g", "buoc_them_g and gia_buoc_them_vnd go together");
		}
		else if (step != null && step <= 0) {
			row.fail("buoc_them_g", "the extra weight step must be positive");
		}
	}

}
