package vn.kt1.batch.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Weight bands in both conventions read to the official style ({@link BandConventions}),
 * and the coverage of every weight on every day checked ({@link BandCoverage}).
 */
class TariffBandsTests {

	private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

	private static final LocalDate JUN_30 = LocalDate.of(2026, 6, 30);

	private static final LocalDate JUL = LocalDate.of(2026, 7, 1);

	@Test
	void wholeGramsInclusiveAreStoredFromThePreviousBandsEnd() {
		List<ParsedFile.Line<TariffPrice>> read = BandConventions.official(lines(band("NOI_TINH", 1, 50, JAN, null),
				band("NOI_TINH", 51, 100, JAN, null), stepped(band("NOI_TINH", 101, 250, JAN, null))), List.of());

		assertThat(read).map((line) -> line.value().weightFromG()).containsExactly(0, 50, 100);
		assertThat(read).map((line) -> line.value().weightToG()).containsExactly(50, 100, 250);
		assertThat(read).map(ParsedFile.Line::line).containsExactly(2L, 3L, 4L);
	}

	@Test
	void theOfficialStyleIsStoredAsWritten() {
		List<ParsedFile.Line<TariffPrice>> read = BandConventions.official(lines(band("NOI_TINH", 0, 50, JAN, null),
				band("NOI_TINH", 50, 100, JAN, null), stepped(band("NOI_TINH", 100, 250, JAN, null))), List.of());

		assertThat(read).map((line) -> line.value().weightFromG()).containsExactly(0, 50, 100);
	}

	@Test
	void eachZoneAndValidityIsReadInItsOwnConvention() {
		List<ParsedFile.Line<TariffPrice>> read = BandConventions.official(
				lines(band("NOI_TINH", 1, 50, JAN, null), band("NOI_TINH", 51, 100, JAN, null),
						band("LIEN_TINH", 0, 50, JAN, null), band("LIEN_TINH", 50, 100, JAN, null),
						surcharge("HT", JAN, null)),
				List.of());

		assertThat(read).map((line) -> line.value().weightFromG()).containsExactly(0, 50, 0, 50, 0);
	}

	@Test
	void aFewBandsAddedToAStoredTableFollowItsNeighbours() {
		List<TariffPrice> stored = List.of(band("NOI_TINH", 0, 50, JAN, null), band("NOI_TINH", 50, 100, JAN, null));

		assertThat(BandConventions.official(lines(band("NOI_TINH", 101, 250, JAN, null)), stored))
			.map((line) -> line.value().weightFromG())
			.as("starts one gram after a stored band ends: whole grams")
			.containsExactly(100);
		assertThat(BandConventions.official(lines(band("NOI_TINH", 100, 250, JAN, null)), stored))
			.map((line) -> line.value().weightFromG())
			.as("starts where a stored band ends: official")
			.containsExactly(100);
	}

	@Test
	void bothConventionsCoverEveryWeight() {
		for (int first : new int[] { 0, 1 }) {
			List<TariffPrice> written = (first == 0)
					? List.of(band("NOI_TINH", 0, 50, JAN, null), band("NOI_TINH", 50, 100, JAN, null),
							stepped(band("NOI_TINH", 100, 250, JAN, null)))
					: List.of(band("NOI_TINH", 1, 50, JAN, null), band("NOI_TINH", 51, 100, JAN, null),
							stepped(band("NOI_TINH", 101, 250, JAN, null)));

			assertThat(check(written, List.of())).as("table from %d g", first).isEmpty();
		}
	}

	@Test
	void aSingleBandFromZeroOrOneGramCoversEveryWeight() {
		assertThat(check(List.of(stepped(band("NOI_TINH", 0, 2000, JAN, null))), List.of())).isEmpty();
		assertThat(check(List.of(stepped(band("NOI_TINH", 1, 2000, JAN, null))), List.of())).isEmpty();
		assertThat(BandConventions.official(lines(band("NOI_TINH", 1, 2000, JAN, null)), List.of()))
			.map((line) -> line.value().weightFromG())
			.containsExactly(0);
	}

	@Test
	void aGapNamesZoneDatesAndWeights() {
		List<BandCoverage.Finding> findings = check(List.of(band("NOI_TINH", 1, 50, JAN, null),
				band("NOI_TINH", 51, 100, JAN, null), stepped(band("NOI_TINH", 121, 250, JAN, null))), List.of());

		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding).hasToString("NOI_TINH valid from 2026-01-01: gap: no price for 101–120 g");
			assertThat(finding.error()).isTrue();
			assertThat(finding.line()).isEqualTo(4);
		});
	}

	@Test
	void aTableThatDoesNotStartAtTheFirstGramHasAGap() {
		assertThat(check(List.of(stepped(band("LIEN_TINH", 20, 250, JAN, JUN_30))), List.of())).map(Object::toString)
			.containsExactly("LIEN_TINH valid from 2026-01-01 to 2026-06-30: gap: no price for 1–20 g");
	}

	@Test
	void bothConventionsMixedInOneTableLeaveOneGramAndSaySo() {
		assertThat(check(List.of(band("NOI_TINH", 0, 50, JAN, null), stepped(band("NOI_TINH", 51, 100, JAN, null))),
				List.of()))
			.map(Object::toString)
			.containsExactly("NOI_TINH valid from 2026-01-01: gap: no price for 51 g (bands from 0 g start where "
					+ "the previous one ends: 0–50, 50–100; bands from 1 g are whole grams: 1–50, 51–100)");
	}

	@Test
	void anOverlapWithinTheFileNamesBothBands() {
		List<BandCoverage.Finding> findings = check(List.of(band("NOI_TINH", 0, 50, JAN, null),
				band("NOI_TINH", 50, 150, JAN, null), stepped(band("NOI_TINH", 100, 250, JAN, null))), List.of());

		assertThat(findings).map(Object::toString)
			.containsExactly("NOI_TINH valid from 2026-01-01: 101–250 g overlaps 51–150 g");
		assertThat(findings.get(0).line()).isEqualTo(4);
	}

	@Test
	void anOverlapWithAStoredBandOfAnotherWeightFromIsRefused() {
		List<TariffPrice> stored = List.of(band("NOI_TINH", 0, 50, JAN, null), band("NOI_TINH", 50, 150, JAN, null));

		List<BandCoverage.Finding> findings = check(List.of(stepped(band("NOI_TINH", 100, 250, JAN, null))), stored);

		assertThat(findings).map(Object::toString)
			.containsExactly("NOI_TINH valid from 2026-01-01: 101–250 g overlaps 51–150 g (stored, valid from "
					+ "2026-01-01); a stored band is replaced by a row with the same weight-from and valid-from, or "
					+ "closed by its row with hieu_luc_den in this file");
		assertThat(findings.get(0).line()).isEqualTo(2);
	}

	@Test
	void aMidYearChangeIsCheckedBeforeAndAfterIt() {
		// the stored table is closed at the end of June; from July one band is missing
		List<TariffPrice> written = List.of(band("NOI_TINH", 0, 50, JAN, JUN_30), band("NOI_TINH", 50, 100, JAN, JUN_30),
				stepped(band("NOI_TINH", 100, 250, JAN, JUN_30)), band("NOI_TINH", 0, 50, JUL, null),
				stepped(band("NOI_TINH", 100, 250, JUL, null)));

		assertThat(check(written, List.of())).map(Object::toString)
			.containsExactly("NOI_TINH valid from 2026-07-01: gap: no price for 51–100 g");

		List<TariffPrice> complete = new ArrayList<>(written);
		complete.add(band("NOI_TINH", 50, 100, JUL, null));
		assertThat(check(complete, List.of())).isEmpty();
	}

	@Test
	void aNewTableFromJulyOverlapsTheStoredOneLeftOpen() {
		List<TariffPrice> stored = List.of(band("NOI_TINH", 0, 50, JAN, null), stepped(band("NOI_TINH", 50, 250, JAN, null)));

		List<BandCoverage.Finding> findings = check(
				List.of(band("NOI_TINH", 0, 100, JUL, null), stepped(band("NOI_TINH", 100, 250, JUL, null))), stored);

		assertThat(findings).map(Object::toString)
			.containsExactly(
					"NOI_TINH valid from 2026-07-01: 1–100 g overlaps 1–50 g (stored, valid from 2026-01-01); a "
							+ "stored band is replaced by a row with the same weight-from and valid-from, or closed by "
							+ "its row with hieu_luc_den in this file",
					"NOI_TINH valid from 2026-07-01: 51–250 g (stored, valid from 2026-01-01) overlaps 1–100 g; a "
							+ "stored band is replaced by a row with the same weight-from and valid-from, or closed by "
							+ "its row with hieu_luc_den in this file",
					"NOI_TINH valid from 2026-07-01: 101–250 g overlaps 51–250 g (stored, valid from 2026-01-01); a "
							+ "stored band is replaced by a row with the same weight-from and valid-from, or closed by "
							+ "its row with hieu_luc_den in this file");
	}

	@Test
	void aLastBandWithoutStepsLeavesHeavierItemsUnpricedAsANote() {
		List<BandCoverage.Finding> findings = check(
				List.of(band("NOI_TINH", 0, 50, JAN, null), band("NOI_TINH", 50, 2000, JAN, null)), List.of());

		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding).hasToString("NOI_TINH valid from 2026-01-01: the last band, 51–2000 g, has no extra "
					+ "weight step: items above 2000 g have no price");
			assertThat(finding.error()).isFalse();
		});
	}

	@Test
	void anExtraStepBelongsToTheLastBandOnly() {
		assertThat(check(List.of(stepped(band("NOI_TINH", 0, 50, JAN, null)), stepped(band("NOI_TINH", 50, 100, JAN,
				null))), List.of()))
			.map(Object::toString)
			.containsExactly("NOI_TINH valid from 2026-01-01: 1–50 g has an extra weight step, but only the last band "
					+ "(up to 100 g) may have one");
	}

	@Test
	void theSameFindingOverConsecutiveIntervalsIsSaidOnce() {
		// the last band's price changes in July; the gap below it stays, and is said once
		List<BandCoverage.Finding> findings = check(List.of(band("LIEN_TINH", 0, 50, JAN, null),
				stepped(band("LIEN_TINH", 100, 250, JAN, JUN_30)), stepped(band("LIEN_TINH", 100, 250, JUL, null))),
				List.of());

		assertThat(findings).map(Object::toString)
			.containsExactly("LIEN_TINH valid from 2026-01-01: gap: no price for 51–100 g");
		assertThat(findings.get(0).line()).isEqualTo(3);
	}

	/** Read the rows as a file would bring them (line 2 on), then check what is in force. */
	private static List<BandCoverage.Finding> check(List<TariffPrice> written, List<TariffPrice> stored) {
		List<BandCoverage.Band> bands = new ArrayList<>();
		BandConventions.official(lines(written.toArray(TariffPrice[]::new)), stored)
			.forEach((line) -> bands.add(new BandCoverage.Band(line.value(), line.line())));
		stored.forEach((price) -> bands.add(new BandCoverage.Band(price, 0)));
		return BandCoverage.check(bands);
	}

	@SafeVarargs
	private static List<ParsedFile.Line<TariffPrice>> lines(TariffPrice... prices) {
		List<ParsedFile.Line<TariffPrice>> lines = new ArrayList<>();
		for (int i = 0; i < prices.length; i++) {
			lines.add(new ParsedFile.Line<>(i + 2, prices[i]));
		}
		return lines;
	}

	static TariffPrice band(String zone, int from, int to, LocalDate validFrom, LocalDate validTo) {
		return new TariffPrice("CUOC_CHINH", zone, from, to, null, null, 10_000, BigDecimal.TEN, validFrom, validTo,
				null);
	}

	static TariffPrice stepped(TariffPrice band) {
		return new TariffPrice(band.component(), band.zone(), band.weightFromG(), band.weightToG(), 250, 1_000L,
				band.priceVnd(), band.vatPercent(), band.validFrom(), band.validTo(), null);
	}

	private static TariffPrice surcharge(String component, LocalDate validFrom, LocalDate validTo) {
		return new TariffPrice(component, "", 0, null, null, null, 40_000, BigDecimal.TEN, validFrom, validTo, null);
	}

}
