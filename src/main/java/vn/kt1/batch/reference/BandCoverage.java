package vn.kt1.batch.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks that the base prices of each zone price every weight on every day they cover:
 * from 1 g up to the last band without a gap or an overlap, then the last band's extra
 * weight steps. The check runs on each elementary validity interval (the days between two
 * consecutive valid-from or valid-to dates of the zone), so a table that changes in
 * mid-year is checked before and after the change, whichever rows (stored or new) make it.
 * <p>
 * A gap, an overlap or an extra weight step on a band that is not the last is an error (the
 * steps are looked at once the bands of an interval fit together). A
 * last band without an extra weight step is allowed by the input contract ("may"): the
 * weights above it have no price, and the finding says so as a note.
 */
final class BandCoverage {

	/** A gap of one gram is the mark of the two conventions mixed in one table. */
	private static final String ONE_GRAM = " (bands from 0 g start where the previous one ends: 0–50, 50–100; "
			+ "bands from 1 g are whole grams: 1–50, 51–100)";

	private BandCoverage() {
	}

	/**
	 * @param bands the base prices in force after the import, in the official style
	 * @return the errors and notes, by zone, then date, then weight; consecutive intervals
	 * with the same finding are merged
	 */
	static List<Finding> check(List<Band> bands) {
		Map<String, List<Band>> zones = new TreeMap<>(Comparator.reverseOrder());
		bands.forEach((band) -> zones.computeIfAbsent(band.price().zone(), (zone) -> new ArrayList<>()).add(band));
		List<Finding> findings = new ArrayList<>();
		zones.forEach((zone, zoneBands) -> findings.addAll(check(zone, zoneBands)));
		return findings;
	}

	private static List<Finding> check(String zone, List<Band> bands) {
		TreeSet<LocalDate> bounds = new TreeSet<>();
		for (Band band : bands) {
			bounds.add(band.price().validFrom());
			if (band.price().validTo() != null) {
				bounds.add(band.price().validTo().plusDays(1));
			}
		}
		List<Finding> findings = new ArrayList<>();
		for (LocalDate start : bounds) {
			LocalDate next = bounds.higher(start);
			LocalDate end = (next != null) ? next.minusDays(1) : null;
			List<Band> valid = bands.stream()
				.filter((band) -> band.price().validOn(start))
				.sorted(Comparator.comparingInt((Band band) -> band.price().weightFromG())
					.thenComparing((band) -> band.price().weightToG()))
				.toList();
			for (Finding finding : table(zone, start, end, valid)) {
				merge(findings, finding);
			}
		}
		return findings;
	}

	/** The findings of one zone's bands valid over one interval, sorted by weight-from. */
	private static List<Finding> table(String zone, LocalDate start, LocalDate end, List<Band> valid) {
		List<Finding> findings = new ArrayList<>();
		if (valid.isEmpty()) {
			return findings;
		}
		int covered = 0;
		Band reach = null;
		for (Band band : valid) {
			int from = band.price().weightFromG();
			if (from > covered) {
				findings.add(new Finding(zone, start, end, "gap: no price for " + grams(covered + 1, from)
						+ ((from == covered + 1) ? ONE_GRAM : ""), band.line(), "khoi_luong_tu_g", true));
			}
			else if (from < covered) {
				findings.add(new Finding(zone, start, end, overlap(band, reach),
						(band.line() > 0) ? band.line() : reach.line(), "khoi_luong_tu_g", true));
			}
			if (band.price().weightToG() > covered) {
				covered = band.price().weightToG();
				reach = band;
			}
		}
		if (!findings.isEmpty()) {
			return findings;
		}
		for (Band band : valid) {
			if (band != reach && band.price().extraStepG() != null) {
				findings.add(new Finding(zone, start, end,
						band.describe() + " has an extra weight step, but only the last band (up to " + covered
								+ " g) may have one",
						band.line(), "buoc_them_g", true));
			}
		}
		if (reach.price().extraStepG() == null) {
			findings.add(new Finding(zone, start, end, "the last band, " + reach.describe()
					+ ", has no extra weight step: items above " + covered + " g have no price", reach.line(),
					"buoc_them_g", false));
		}
		return findings;
	}

	private static String overlap(Band band, Band earlier) {
		String text = band.describe() + band.storedTag() + " overlaps " + earlier.describe() + earlier.storedTag();
		if (band.line() > 0 && earlier.line() > 0) {
			return text;
		}
		return text + "; a stored band is replaced by a row with the same weight-from and valid-from, "
				+ "or closed by its row with hieu_luc_den in this file";
	}

	/** Extends the last finding with the same text over the next interval, or adds this one. */
	private static void merge(List<Finding> findings, Finding finding) {
		for (int i = findings.size() - 1; i >= 0; i--) {
			Finding earlier = findings.get(i);
			if (earlier.zone().equals(finding.zone()) && earlier.text().equals(finding.text())
					&& earlier.end() != null && earlier.end().plusDays(1).equals(finding.start())) {
				findings.set(i, new Finding(earlier.zone(), earlier.start(), finding.end(), earlier.text(),
						(earlier.line() > 0) ? earlier.line() : finding.line(), earlier.column(), earlier.error()));
				return;
			}
		}
		findings.add(finding);
	}

	/** @return whole grams inclusive, as a person reads a weight range */
	static String grams(int first, int last) {
		return (first == last) ? first + " g" : first + "–" + last + " g";
	}

	/**
	 * A base price in force after the import.
	 *
	 * @param price the price, in the official style
	 * @param line its line in the file, 0 for a stored price the file keeps
	 */
	record Band(TariffPrice price, long line) {

		String describe() {
			return grams(this.price.weightFromG() + 1, this.price.weightToG());
		}

		String storedTag() {
			return (this.line > 0) ? "" : " (stored, valid from " + this.price.validFrom() + ")";
		}

	}

	/**
	 * What the check found about one zone over some days.
	 *
	 * @param end the last day, {@code null} when open
	 * @param line the file line to correct, 0 when only stored prices are involved
	 * @param error whether it refuses the import (else a note)
	 */
	record Finding(String zone, LocalDate start, LocalDate end, String text, long line, String column,
			boolean error) {

		@Override
		public String toString() {
			return this.zone + " valid from " + this.start + ((this.end != null) ? " to " + this.end : "") + ": "
					+ this.text;
		}

	}

}
