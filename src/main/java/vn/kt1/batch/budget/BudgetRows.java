package vn.kt1.batch.budget;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Set;

import vn.kt1.batch.shared.input.PlausibleDates;
import vn.kt1.batch.shared.input.RowFields;
import vn.kt1.batch.shared.tabular.Codes;
import vn.kt1.batch.shared.tabular.FieldException;
import vn.kt1.batch.shared.tabular.FieldParsers;

/**
 * Checks the fields of a proposal or allocation row (columns by their position in
 * {@code InputTemplates.PROPOSALS} and {@code ALLOCATIONS}) and builds the record.
 */
final class BudgetRows {

	static final int AGENCY = 0, YEAR = 1;

	static final int PROPOSAL_AMOUNT = 2, PROPOSAL_NOTE = 3;

	static final int SUB_ITEM = 2, ALLOCATION_AMOUNT = 3, DECISION_NO = 4, DECISION_DATE = 5;

	private final Set<String> agencies;

	private final LocalDate today;

	/**
	 * @param agencies the codes of the agency list
	 * @param today the day of the import: a budget year beyond the next is an error
	 */
	BudgetRows(Set<String> agencies, LocalDate today) {
		this.agencies = agencies;
		this.today = today;
	}

	/** @return the proposal, or {@code null} with the row's errors recorded in {@code row} */
	Proposal proposal(RowFields row) {
		String agency = row.required(AGENCY, this::agency);
		Integer year = row.required(YEAR, this::year);
		Long amount = row.requiredMoney(PROPOSAL_AMOUNT);
		if (amount != null && amount < 0) {
			row.fail(PROPOSAL_AMOUNT, "a proposal cannot be negative");
		}
		String note = row.optional(PROPOSAL_NOTE, (v) -> text(v, 1000));
		return row.valid() ? new Proposal(agency, year, amount, note) : null;
	}

	/** @return the allocation, or {@code null} with the row's errors recorded in {@code row} */
	Allocation allocation(RowFields row) {
		String agency = row.required(AGENCY, this::agency);
		Integer year = row.required(YEAR, this::year);
		String subItem = row.required(SUB_ITEM, FieldParsers::subItem);
		Long amount = row.requiredMoney(ALLOCATION_AMOUNT);
		String decisionNo = row.required(DECISION_NO, (v) -> text(v, 50));
		LocalDate decisionDate = row.required(DECISION_DATE, (v) -> new PlausibleDates(this.today).eventDate(v));
		return row.valid() ? new Allocation(agency, year, subItem, decisionNo, decisionDate, amount) : null;
	}

	private String agency(String value) {
		String code = FieldParsers.code(value);
		if (!this.agencies.contains(code)) {
			throw new FieldException("unknown agency " + code + " (not on the agency list)");
		}
		return code;
	}

	private int year(String value) {
		int year = FieldParsers.integer(value);
		if (year < PlausibleDates.EARLIEST.getYear() || year > this.today.getYear() + 2) {
			throw new FieldException("budget year " + year + " is not plausible (" + PlausibleDates.EARLIEST.getYear()
					+ "–" + (this.today.getYear() + 2) + ")");
		}
		return year;
	}

	private static String text(String value, int limit) {
		String text = Normalizer.normalize(Codes.stripInvisible(value), Normalizer.Form.NFC).strip();
		if (text.length() > limit) {
			throw new FieldException("longer than " + limit + " characters");
		}
		return text;
	}

}
