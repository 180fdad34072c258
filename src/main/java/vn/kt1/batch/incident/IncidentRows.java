package vn.kt1.batch.incident;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import vn.kt1.batch.ingest.Vocabulary;
import vn.kt1.batch.shared.S10;
import vn.kt1.batch.shared.input.PlausibleDates;
import vn.kt1.batch.shared.input.RowFields;
import vn.kt1.batch.shared.tabular.Codes;
import vn.kt1.batch.shared.tabular.FieldException;
import vn.kt1.batch.shared.tabular.FieldParsers;

/** Checks the fields of one incident row and builds the incident. */
final class IncidentRows {

	private final Set<String> postOffices;

	private final LocalDate today;

	/**
	 * @param postOffices the codes of the post-office list
	 * @param today the day of the import: a time after the next day is an error
	 */
	IncidentRows(Set<String> postOffices, LocalDate today) {
		this.postOffices = postOffices;
		this.today = today;
	}

	/** @return the incident, or {@code null} with the row's errors recorded in {@code row} */
	Incident parse(RowFields row) {
		LocalDateTime time = row.required(IncidentTemplate.TIME, this::time);
		String office = row.required(IncidentTemplate.POST_OFFICE, this::postOffice);
		String barcode = row.optional(IncidentTemplate.BARCODE, S10::vietnamese);
		String secrecy = row.optional(IncidentTemplate.SECRECY, (v) -> FieldParsers.enumCode(v, Vocabulary.SECRECY));
		String kind = row.required(IncidentTemplate.KIND, (v) -> FieldParsers.enumCode(v, IncidentKind.ALIASES));
		String description = row.required(IncidentTemplate.DESCRIPTION, (v) -> text(v, 2000));
		String handling = row.optional(IncidentTemplate.HANDLING, (v) -> text(v, 2000));
		String reportedTo = row.optional(IncidentTemplate.REPORTED_TO, (v) -> text(v, 500));
		if (!row.valid()) {
			return null;
		}
		return new Incident(0, time, office, (barcode != null) ? barcode : "", (secrecy != null) ? secrecy : "",
				IncidentKind.valueOf(kind), description, handling, reportedTo);
	}

	private LocalDateTime time(String value) {
		return new PlausibleDates(this.today).eventTime(value);
	}

	private String postOffice(String value) {
		String code = FieldParsers.code(value);
		if (!this.postOffices.contains(code)) {
			throw new FieldException("unknown post office " + code + " (not on the post-office list)");
		}
		return code;
	}

	private static String text(String value, int limit) {
		String text = Normalizer.normalize(Codes.stripInvisible(value), Normalizer.Form.NFC);
		if (text.length() > limit) {
			throw new FieldException("longer than " + limit + " characters");
		}
		return text;
	}

}
