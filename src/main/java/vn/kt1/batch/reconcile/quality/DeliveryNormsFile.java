package vn.kt1.batch.reconcile.quality;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.Resource;

import vn.kt1.batch.shared.datafile.DataFile;
import vn.kt1.batch.shared.datafile.DataFileException;
import vn.kt1.batch.shared.datafile.DataRow;

/**
 * Reads a delivery norms file: a {@link DataFile} with the columns {@code valid_from},
 * {@code valid_to} (empty while in force), {@code scope} ({@code NOI_TINH} or
 * {@code LIEN_TINH}), {@code urgency} ({@code KT1} or {@code HT}; Hẹn giờ has no norm: its
 * deadline is the agreed time), {@code secrecy} ({@code ALL}: the norms do not differ by
 * secrecy) and {@code working_days} (whole or half days, {@code 1.5}). Two norms of the same
 * scope and urgency may not be valid on the same day.
 */
public final class DeliveryNormsFile {

	static final List<String> COLUMNS = List.of("valid_from", "valid_to", "scope", "urgency", "secrecy",
			"working_days");

	static final Set<String> SCOPES = Set.of("NOI_TINH", "LIEN_TINH");

	static final Set<String> URGENCIES = Set.of("KT1", "HT");

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private DeliveryNormsFile() {
	}

	/** @throws DataFileException naming the file, line and field of the first error */
	public static List<DeliveryNorm> read(Resource resource) {
		return of(DataFile.read(resource, COLUMNS));
	}

	/** @throws DataFileException naming the file, line and field of the first error */
	public static List<DeliveryNorm> read(String source, Reader reader) {
		return of(DataFile.read(source, reader, COLUMNS));
	}

	private static List<DeliveryNorm> of(DataFile file) {
		if (file.rows().isEmpty()) {
			throw new DataFileException(file.source(), 0, null, "lists no norms");
		}
		List<DeliveryNorm> norms = new ArrayList<>();
		List<Long> lines = new ArrayList<>();
		for (DataRow row : file.rows()) {
			DeliveryNorm norm = norm(row);
			for (int i = 0; i < norms.size(); i++) {
				if (norm.overlaps(norms.get(i))) {
					throw row.error("valid_from", norm.scope() + " " + norm.urgency()
							+ " is already valid in this period on line " + lines.get(i));
				}
			}
			norms.add(norm);
			lines.add(row.line());
		}
		return List.copyOf(norms);
	}

	private static DeliveryNorm norm(DataRow row) {
		LocalDate from = row.parse("valid_from", LocalDate::parse, "a date yyyy-MM-dd");
		LocalDate to = (row.optional("valid_to") != null)
				? row.parse("valid_to", LocalDate::parse, "a date yyyy-MM-dd or empty") : null;
		if (to != null && to.isBefore(from)) {
			throw row.error("valid_to", to + " is before valid_from " + from);
		}
		String scope = code(row, "scope", SCOPES);
		String urgency = row.text("urgency");
		if ("HG".equals(urgency)) {
			throw row.error("urgency", "HG (Hẹn giờ) has no norm: its deadline is the time agreed with the sender");
		}
		urgency = code(row, "urgency", URGENCIES);
		if (!"ALL".equals(row.text("secrecy"))) {
			throw row.error("secrecy", "must be ALL: the norms are the same with or without secrecy");
		}
		return new DeliveryNorm(from, to, scope, urgency, workingDays(row));
	}

	private static String code(DataRow row, String column, Set<String> allowed) {
		String value = row.text(column);
		if (!allowed.contains(value)) {
			throw row.error(column, "'" + value + "' is not one of " + listed(allowed));
		}
		return value;
	}

	/** @return the codes in order, for messages */
	static String listed(Set<String> codes) {
		return String.join(", ", codes.stream().sorted().toList());
	}

	private static BigDecimal workingDays(DataRow row) {
		BigDecimal days = row.parse("working_days", BigDecimal::new, "a number of working days such as 1.5");
		if (days.signum() <= 0 || days.remainder(HALF).signum() != 0) {
			throw row.error("working_days", "'" + days.toPlainString()
					+ "' is not a positive number of whole or half working days (1, 1.5, 2.5, ...)");
		}
		return days;
	}

}
