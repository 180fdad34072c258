package vn.kt1.batch.ingest.throughput;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;

import vn.kt1.batch.ingest.InputTemplates;
import vn.kt1.batch.shared.input.PlausibleDates;
import vn.kt1.batch.shared.tabular.FieldException;
import vn.kt1.batch.shared.tabular.Row;
import vn.kt1.batch.shared.tabular.TabularFormatException;
import vn.kt1.batch.shared.tabular.TabularReader;

/**
 * A throughput file's time (docs/inputs.md section 2): the latest acceptance or delivery time in
 * it. The files of one run are applied in that order, whatever their names or arrival; a
 * file's rows are judged against the states stored from files of the same or an earlier time.
 */
public final class ThroughputTimes {

	private ThroughputTimes() {
	}

	/** @return the file's time, or empty when it cannot be read or holds no plausible date */
	public static Optional<LocalDateTime> latest(Path file, PlausibleDates plausible) {
		LocalDateTime latest = null;
		try (TabularReader reader = TabularReader.open(file, InputTemplates.THROUGHPUT)) {
			for (Row row = reader.next(); row != null; row = reader.next()) {
				latest = later(latest, time(row.values()[ThroughputRowParser.ACCEPTED], plausible));
				latest = later(latest, time(row.values()[ThroughputRowParser.DELIVERED], plausible));
			}
		}
		catch (TabularFormatException ex) {
			return Optional.empty();
		}
		return Optional.ofNullable(latest);
	}

	private static LocalDateTime time(String value, PlausibleDates plausible) {
		if (value == null) {
			return null;
		}
		try {
			return plausible.eventTime(value);
		}
		catch (FieldException ex) {
			return null;
		}
	}

	static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
		return (a == null || (b != null && b.isAfter(a))) ? b : a;
	}

}
