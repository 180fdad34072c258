package vn.kt1.batch.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.kt1.batch.shared.input.InputError;

/** Checks across rows: duplicate codes, unknown places, tariff validity and weight bands. */
final class ReferenceValidator {

	private final AdminUnits units;

	ReferenceValidator(AdminUnits units) {
		this.units = units;
	}

	List<InputError> agencies(ParsedFile<Agency> file) {
		List<InputError> errors = new ArrayList<>();
		Map<String, Long> seen = new HashMap<>();
		for (ParsedFile.Line<Agency> line : file.rows()) {
			Agency agency = line.value();
			duplicate(file, line.line(), "ma_don_vi", agency.code(), seen, errors);
			if (!this.units.hasProvince(agency.provinceCode())) {
				errors.add(error(file, line.line(), "ma_tinh", "unknown province code " + agency.provinceCode()));
			}
			if (agency.communeCode() != null) {
				checkCommune(file, line.line(), agency.communeCode(), agency.provinceCode(), errors);
			}
			else if ("XA".equals(agency.level()) || "DAC_BIET".equals(agency.level())) {
				errors.add(error(file, line.line(), "ma_xa", "a commune-level agency needs its commune code"));
			}
		}
		return errors;
	}

	List<InputError> postOffices(ParsedFile<PostOffice> file) {
		List<InputError> errors = new ArrayList<>();
		Map<String, Long> seen = new HashMap<>();
		for (ParsedFile.Line<PostOffice> line : file.rows()) {
			duplicate(file, line.line(), "ma_buu_cuc", line.value().code(), seen, errors);
			checkCommune(file, line.line(), line.value().communeCode(), null, errors);
		}
		return errors;
	}

	/**
	 * Surcharges: a stored price with the same key and start as a row of the file is replaced
	 * by it; no other stored price and no other row of the file may be valid on a common day.
	 * Base prices: the bands in force after the import (stored ones the file keeps, and the
	 * file's, in the official style) must price every weight of their zone on every day they
	 * cover ({@link BandCoverage}); checked once every row has been read.
	 * @param notes receives what the import says without refusing it
	 */
	List<InputError> tariff(ParsedFile<TariffPrice> file, List<TariffPrice> stored, List<String> notes) {
		List<InputError> errors = new ArrayList<>();
		List<TariffPrice> kept = stored.stream().filter((old) -> !replacedByFile(file, old)).toList();
		List<ParsedFile.Line<TariffPrice>> earlier = new ArrayList<>();
		for (ParsedFile.Line<TariffPrice> line : file.rows()) {
			TariffPrice price = line.value();
			if (price.base()) {
				continue;
			}
			for (ParsedFile.Line<TariffPrice> other : earlier) {
				if (other.value().key().equals(price.key()) && other.value().overlaps(price)) {
					errors.add(error(file, line.line(), "hieu_luc_tu",
							price.component() + " valid from " + price.validFrom() + " overlaps the validity of line "
									+ other.line()));
				}
			}
			for (TariffPrice old : kept) {
				if (old.key().equals(price.key()) && old.overlaps(price)) {
					errors.add(error(file, line.line(), "hieu_luc_tu", price.component() + " valid from "
							+ price.validFrom() + " overlaps the stored price valid from " + old.validFrom() + " to "
							+ ((old.validTo() != null) ? old.validTo() : "open")
							+ "; include that row with its hieu_luc_den in this file to close it"));
				}
			}
			earlier.add(line);
		}
		if (file.errors().isEmpty()) {
			List<BandCoverage.Band> bands = new ArrayList<>();
			kept.stream().filter(TariffPrice::base).forEach((price) -> bands.add(new BandCoverage.Band(price, 0)));
			file.rows()
				.stream()
				.filter((line) -> line.value().base())
				.forEach((line) -> bands.add(new BandCoverage.Band(line.value(), line.line())));
			for (BandCoverage.Finding finding : BandCoverage.check(bands)) {
				if (finding.error()) {
					errors.add(error(file, finding.line(), finding.column(), finding.toString()));
				}
				else {
					notes.add(finding.toString());
				}
			}
		}
		return errors;
	}

	private static boolean replacedByFile(ParsedFile<TariffPrice> file, TariffPrice old) {
		return file.rows()
			.stream()
			.anyMatch((line) -> line.value().key().equals(old.key()) && line.value().validFrom().equals(old.validFrom()));
	}

	private void checkCommune(ParsedFile<?> file, long line, String commune, String province,
			List<InputError> errors) {
		String actual = this.units.provinceOf(commune);
		if (actual == null) {
			errors.add(error(file, line, "ma_xa", "unknown commune code " + commune));
		}
		else if (province != null && !actual.equals(province)) {
			errors.add(error(file, line, "ma_xa", "commune " + commune + " lies in province " + actual
					+ ", not " + province));
		}
	}

	private static void duplicate(ParsedFile<?> file, long line, String column, String code, Map<String, Long> seen,
			List<InputError> errors) {
		Long first = seen.putIfAbsent(code, line);
		if (first != null) {
			errors.add(error(file, line, column, "duplicate code " + code + " (first at line " + first + ")"));
		}
	}

	private static InputError error(ParsedFile<?> file, long line, String column, String reason) {
		return new InputError(file.name(), line, column, reason);
	}

}
