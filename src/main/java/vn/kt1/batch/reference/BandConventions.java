package vn.kt1.batch.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the weight bands of a tariff file in either convention into the stored one. A band
 * is stored in the official style: it holds the weights above its weight-from up to its
 * weight-to ({@code 50–100}: "trên 50 g đến 100 g"). A file may also write whole grams
 * inclusive ({@code 1–50, 51–100}); such bands are stored from one gram lower
 * ({@code 0–50, 50–100}), so both files mean the same prices.
 * <p>
 * The convention is decided for each zone and validity of the file (its bands with the
 * same zone, valid-from and valid-to): a table whose first band starts at 0 g is official,
 * one that starts at 1 g is inclusive. A table that starts higher (a file that brings a few
 * bands of a table stored before) is inclusive when its first band starts one gram after
 * the end of a band of its zone valid on a common day, and no band ends where it starts.
 * Whatever is read, the coverage check ({@link BandCoverage}) then refuses a gap or an
 * overlap.
 */
final class BandConventions {

	private BandConventions() {
	}

	/**
	 * @param rows the rows of a tariff file, as written
	 * @param stored the stored prices (already in the official style)
	 * @return the rows with every base band in the official style, in the same order
	 */
	static List<ParsedFile.Line<TariffPrice>> official(List<ParsedFile.Line<TariffPrice>> rows,
			List<TariffPrice> stored) {
		Map<Table, List<TariffPrice>> tables = new LinkedHashMap<>();
		for (ParsedFile.Line<TariffPrice> row : rows) {
			if (row.value().base()) {
				tables.computeIfAbsent(Table.of(row.value()), (key) -> new ArrayList<>()).add(row.value());
			}
		}
		List<TariffPrice> written = rows.stream().map(ParsedFile.Line::value).toList();
		Map<Table, Boolean> inclusive = new LinkedHashMap<>();
		tables.forEach((table, bands) -> inclusive.put(table, inclusive(bands, written, stored)));
		List<ParsedFile.Line<TariffPrice>> official = new ArrayList<>(rows.size());
		for (ParsedFile.Line<TariffPrice> row : rows) {
			TariffPrice price = row.value();
			boolean shift = price.base() && price.weightFromG() > 0 && inclusive.get(Table.of(price));
			official.add(shift ? new ParsedFile.Line<>(row.line(), price.withWeightFrom(price.weightFromG() - 1))
					: row);
		}
		return official;
	}

	private static boolean inclusive(List<TariffPrice> table, List<TariffPrice> written, List<TariffPrice> stored) {
		TariffPrice first = table.stream().min(Comparator.comparingInt(TariffPrice::weightFromG)).orElseThrow();
		int from = first.weightFromG();
		if (from <= 1) {
			return from == 1;
		}
		List<TariffPrice> neighbours = new ArrayList<>();
		for (List<TariffPrice> prices : List.of(written, stored)) {
			prices.stream()
				.filter((p) -> p.base() && p.zone().equals(first.zone()) && p != first && p.overlaps(first))
				.forEach(neighbours::add);
		}
		boolean endsBefore = neighbours.stream().anyMatch((p) -> Objects.equals(p.weightToG(), from - 1));
		boolean endsAt = neighbours.stream().anyMatch((p) -> Objects.equals(p.weightToG(), from));
		return endsBefore && !endsAt;
	}

	/** The bands of one zone with the same validity in a file. */
	private record Table(String zone, LocalDate validFrom, LocalDate validTo) {

		static Table of(TariffPrice price) {
			return new Table(price.zone(), price.validFrom(), price.validTo());
		}

	}

}
