package vn.kt1.batch.ingest.throughput;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import vn.kt1.batch.ingest.InputTemplates;
import vn.kt1.batch.ingest.ReferenceLookups;
import vn.kt1.batch.shared.input.PlausibleDates;
import vn.kt1.batch.shared.input.RowFields;
import vn.kt1.batch.shared.tabular.Column;
import vn.kt1.batch.shared.tabular.Row;
import vn.kt1.batch.shared.tabular.TabularFormatException;
import vn.kt1.batch.shared.tabular.TabularReader;

/**
 * The rows of throughput files written again as one canonical CSV, the form MariaDB's own
 * {@code LOAD DATA} reads (the ingest benchmark's files): {@code ,} between fields, a header
 * line of column codes, ISO date-times, codes and plain numbers. Rows are checked as the
 * ingest job checks them; rows with errors, and files it would refuse, are left out.
 */
@Component
public class CanonicalThroughput {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final ReferenceLookups references;

	private final Clock clock;

	CanonicalThroughput(ReferenceLookups references, Clock clock) {
		this.references = references;
		this.clock = clock;
	}

	/** Start a CSV: its header line. */
	public static void header(Writer out) throws IOException {
		out.write(String.join(",", InputTemplates.THROUGHPUT.columns().stream().map(Column::code).toList()));
		out.write('\n');
	}

	/**
	 * Append a file's valid rows to {@code out} (after {@link #header}) and count them by the
	 * month of acceptance into {@code rowsByMonth}.
	 * @return whether the file could be read (a file the ingest job refuses adds nothing)
	 */
	public boolean append(Path file, Writer out, Map<YearMonth, Long> rowsByMonth) throws IOException {
		ThroughputRowParser parser = new ThroughputRowParser(this.references.current(),
				new PlausibleDates(LocalDate.now(this.clock)));
		String name = file.getFileName().toString();
		StringBuilder line = new StringBuilder(160);
		Map<YearMonth, Long> counted = new TreeMap<>();
		try (TabularReader reader = TabularReader.open(file, InputTemplates.THROUGHPUT)) {
			for (Row row = reader.next(); row != null; row = reader.next()) {
				ItemEvent event = parser.parse(new RowFields(name, InputTemplates.THROUGHPUT, row));
				if (event != null) {
					line.setLength(0);
					csv(event, line);
					out.append(line);
					counted.merge(YearMonth.from(event.acceptedAt()), 1L, Long::sum);
				}
			}
		}
		catch (TabularFormatException ex) {
			return false;
		}
		counted.forEach((month, rows) -> rowsByMonth.merge(month, rows, Long::sum));
		return true;
	}

	/** One row in the template's column order, ended by a newline. */
	static void csv(ItemEvent event, StringBuilder line) {
		line.append(event.barcode()).append(',').append(TIME.format(event.acceptedAt())).append(',');
		line.append(event.postOffice()).append(',').append(event.sender()).append(',').append(event.receiver());
		line.append(',').append(event.urgency()).append(',').append(event.secrecy()).append(',');
		line.append(event.itemType()).append(',').append(event.weightG()).append(',').append(event.feeVnd());
		line.append(',').append(event.status()).append(',').append(time(event.dueAt())).append(',');
		line.append(time(event.deliveredAt())).append('\n');
	}

	private static String time(LocalDateTime value) {
		return (value != null) ? TIME.format(value) : "";
	}

}
