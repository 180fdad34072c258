package vn.kt1.batch.ingest.throughput;

import java.time.LocalDateTime;

import vn.kt1.batch.ingest.ReferenceLookup;
import vn.kt1.batch.ingest.Vocabulary;
import vn.kt1.batch.shared.S10;
import vn.kt1.batch.shared.input.PlausibleDates;
import vn.kt1.batch.shared.input.RowFields;
import vn.kt1.batch.shared.tabular.FieldException;
import vn.kt1.batch.shared.tabular.FieldParsers;

/** Checks the fields of one throughput row (docs/inputs.md section 2) and builds its event. */
final class ThroughputRowParser {

	static final int BARCODE = 0, ACCEPTED = 1, POST_OFFICE = 2, SENDER = 3, RECEIVER = 4, URGENCY = 5,
			SECRECY = 6, TYPE = 7, WEIGHT = 8, FEE = 9, STATUS = 10, DUE = 11, DELIVERED = 12;

	private final ReferenceLookup reference;

	private final PlausibleDates dates;

	ThroughputRowParser(ReferenceLookup reference, PlausibleDates dates) {
		this.reference = reference;
		this.dates = dates;
	}

	/** @return the event, or {@code null} when the row has errors (recorded in {@code row}) */
	ItemEvent parse(RowFields row) {
		String barcode = row.required(BARCODE, ThroughputRowParser::barcode);
		LocalDateTime accepted = row.required(ACCEPTED, this.dates::eventTime);
		String office = row.required(POST_OFFICE, this::postOffice);
		String sender = row.required(SENDER, FieldParsers::code);
		String receiver = row.required(RECEIVER, FieldParsers::code);
		String urgency = row.required(URGENCY, (v) -> FieldParsers.enumCode(v, Vocabulary.URGENCY));
		String secrecy = row.optional(SECRECY, (v) -> FieldParsers.enumCode(v, Vocabulary.SECRECY));
		String type = row.required(TYPE, (v) -> FieldParsers.enumCode(v, Vocabulary.ITEM_TYPE));
		Integer weight = row.required(WEIGHT, ThroughputRowParser::weight);
		Long fee = row.requiredMoney(FEE);
		if (fee != null && fee < 0) {
			row.fail(FEE, "fee must not be negative");
		}
		String status = row.required(STATUS, (v) -> FieldParsers.enumCode(v, Vocabulary.STATUS));
		LocalDateTime due = row.optional(DUE, this.dates::deadline);
		LocalDateTime delivered = row.optional(DELIVERED, this.dates::eventTime);
		checkDates(row, accepted, urgency, status, due, delivered);
		if (!row.valid()) {
			return null;
		}
		boolean eligible = this.reference.isValidAgency(sender, accepted.toLocalDate());
		return new ItemEvent(barcode, status, accepted, office, sender, receiver, urgency,
				(secrecy != null) ? secrecy : "", type, weight, fee, due, delivered, eligible);
	}

	private static void checkDates(RowFields row, LocalDateTime accepted, String urgency, String status,
			LocalDateTime due, LocalDateTime delivered) {
		if ("HG".equals(urgency) && row.raw(DUE) == null) {
			row.fail(DUE, "required for Hẹn giờ (HG): the delivery time agreed with the sender");
		}
		boolean needsDelivery = "DA_PHAT".equals(status) || "CHUYEN_HOAN".equals(status);
		if (needsDelivery && row.raw(DELIVERED) == null) {
			row.fail(DELIVERED, "required for status " + status);
		}
		if (accepted != null && delivered != null && delivered.isBefore(accepted)) {
			row.fail(DELIVERED, "delivery " + delivered + " is before acceptance " + accepted);
		}
	}

	private String postOffice(String value) {
		String code = FieldParsers.code(value);
		if (!this.reference.isPostOffice(code)) {
			throw new FieldException("unknown post office " + code);
		}
		return code;
	}

	static String barcode(String value) {
		return S10.vietnamese(value);
	}

	private static Integer weight(String value) {
		int weight = FieldParsers.integer(value);
		if (weight <= 0) {
			throw new FieldException("weight must be more than 0 g, not " + weight);
		}
		return weight;
	}

}
