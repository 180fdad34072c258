package vn.kt1.batch.estimate.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the M3 series of a CSV file with the header
 * {@code series,n,nf,category,start_year,start_month,values...}: each line one series of
 * {@code n} values, the last {@code nf} of them the test period.
 */
final class M3File {

	private M3File() {
	}

	/**
	 * The series of the file.
	 * @throws M3FileException if the file cannot be read or a line is malformed
	 */
	static List<M3Series> read(Path file) {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<M3Series> series = new ArrayList<>();
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || (number == 1 && line.startsWith("series,"))) {
					continue;
				}
				series.add(parse(line, new Where(file, number)));
			}
			return series;
		}
		catch (NoSuchFileException ex) {
			throw new M3FileException(file + ": no such file (the M3 monthly data, e.g. ../shared/data/m3-monthly.csv)");
		}
		catch (IOException ex) {
			throw new M3FileException(file + ": " + ex.getMessage());
		}
	}

	private static M3Series parse(String line, Where where) {
		String[] fields = line.split(",", -1);
		if (fields.length < 7) {
			throw where.error("", "expected series,n,nf,category,start_year,start_month,values... but found "
					+ fields.length + " fields");
		}
		int n = where.whole(fields[1], "n");
		int nf = where.whole(fields[2], "nf");
		if (nf < 1 || nf >= n) {
			throw where.error("nf", "nf = " + nf + " must be at least 1 and less than n = " + n);
		}
		if (fields.length - 6 != n) {
			throw where.error("values", "n = " + n + " but the line has " + (fields.length - 6) + " values");
		}
		// the start is checked but not used (29 M3 series have none: 0, 0)
		where.whole(fields[4], "start_year");
		where.whole(fields[5], "start_month");
		double[] values = new double[n];
		for (int i = 0; i < n; i++) {
			values[i] = where.value(fields[6 + i], "value " + (i + 1));
		}
		return new M3Series(fields[0], fields[3], Arrays.copyOf(values, n - nf),
				Arrays.copyOfRange(values, n - nf, n));
	}

	/** A line of the file, to tell where a field is wrong. */
	private record Where(Path file, int line) {

		M3FileException error(String field, String message) {
			return new M3FileException(
					this.file + " line " + this.line + (field.isEmpty() ? "" : ", field " + field) + ": " + message);
		}

		int whole(String text, String field) {
			try {
				return Integer.parseInt(text.trim());
			}
			catch (NumberFormatException ex) {
				throw error(field, "'" + text + "' is not a whole number");
			}
		}

		double value(String text, String field) {
			double value;
			try {
				value = Double.parseDouble(text.trim());
			}
			catch (NumberFormatException ex) {
				throw error(field, "'" + text + "' is not a number");
			}
			if (!Double.isFinite(value)) {
				throw error(field, "'" + text + "' is not a finite number");
			}
			return value;
		}

	}

}
