package vn.kt1.batch.shared.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import vn.kt1.batch.shared.tabular.Codes;
import vn.kt1.batch.shared.tabular.FieldException;
import vn.kt1.batch.shared.tabular.FieldParsers;
import vn.kt1.batch.shared.tabular.Row;
import vn.kt1.batch.shared.tabular.Template;

/**
 * Reads the typed fields of one row, by column code or by the column's position in the
 * template, and collects one error per bad field, so that a row reports every problem at
 * once.
 * <p>
 * Before any field is parsed, what no field may hold rejects the row, naming the field: a
 * control character (NUL and the like), a spreadsheet error value ({@code #N/A},
 * {@code #VALUE!}, typed or as an error cell), a cell the reader could not use; and a row
 * the reader could not use as a whole (a field too many or too few, a line too long) fails
 * every field at once.
 */
public final class RowFields {

	/** The error values spreadsheet programs write into cells and CSV files. */
	private static final Set<String> SPREADSHEET_ERRORS = Set.of("#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?",
			"#NUM!", "#NULL!", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!",
			"#UNKNOWN!", "#EXTERNAL!", "#PYTHON!");

	private final String file;

	private final Template template;

	private final Row row;

	private List<InputError> errors = List.of();

	private final boolean[] failed;

	private boolean rowFailed;

	public RowFields(String file, Template template, Row row) {
		this.file = file;
		this.template = template;
		this.row = row;
		this.failed = new boolean[template.columns().size()];
		if (row.problem() != null) {
			this.errors = new ArrayList<>(2);
			this.errors.add(new InputError(file, row.line(), null, row.problem()));
			this.rowFailed = true;
			return;
		}
		for (int i = 0; i < this.failed.length; i++) {
			String problem = (row.cellProblem(i) != null) ? row.cellProblem(i) : unusable(row.values()[i]);
			if (problem != null) {
				fail(i, problem);
			}
		}
	}

	/** @return why no field may hold the value, or {@code null} */
	private static String unusable(String value) {
		if (value == null) {
			return null;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
				return "the value holds a control character " + Codes.describe(c)
						+ ", which no field may have (a damaged file, or a copy from another program)";
			}
		}
		if (value.length() <= 16 && SPREADSHEET_ERRORS.contains(value.strip().toUpperCase(Locale.ROOT))) {
			return "the cell holds the spreadsheet error " + value.strip() + ", not a value";
		}
		return null;
	}

	/** @return the raw text of the column, or {@code null} when empty or absent */
	public String raw(String column) {
		return raw(indexOf(column));
	}

	/**
	 * @return the raw text of the template's column {@code index}, or {@code null} when it is
	 * empty, or shows nothing (only spaces and invisible characters)
	 */
	public String raw(int index) {
		String value = this.row.values()[index];
		return (value == null || Codes.stripInvisible(value).isEmpty()) ? null : value;
	}

	/** @return whether the XLSX cell of the column was a date cell */
	public boolean dateCell(int index) {
		return this.row.dateCell()[index];
	}

	/** @return a whole VND amount that must be present; {@code null} after an error */
	public Long requiredMoney(int index) {
		return required(index, this.row.numberCell()[index] ? FieldParsers::moneyNumber : FieldParsers::money);
	}

	/** @return a whole VND amount that may be empty; {@code null} when empty or after an error */
	public Long optionalMoney(int index) {
		return optional(index, this.row.numberCell()[index] ? FieldParsers::moneyNumber : FieldParsers::money);
	}

	/** Parse a value that must be present; {@code null} after recording an error. */
	public <T> T required(String column, Function<String, T> parser) {
		return required(indexOf(column), parser);
	}

	/** Parse a value that must be present; {@code null} after recording an error. */
	public <T> T required(int index, Function<String, T> parser) {
		if (this.rowFailed || this.failed[index]) {
			return null;
		}
		String value = raw(index);
		if (value == null) {
			return fail(index, "required value is missing");
		}
		return parse(index, value, parser);
	}

	/** Parse a value that may be empty; {@code null} when empty or after an error. */
	public <T> T optional(String column, Function<String, T> parser) {
		return optional(indexOf(column), parser);
	}

	/** Parse a value that may be empty; {@code null} when empty or after an error. */
	public <T> T optional(int index, Function<String, T> parser) {
		if (this.rowFailed || this.failed[index]) {
			return null;
		}
		String value = raw(index);
		return (value != null) ? parse(index, value, parser) : null;
	}

	private <T> T parse(int index, String value, Function<String, T> parser) {
		try {
			return parser.apply(value);
		}
		catch (FieldException ex) {
			return fail(index, ex.getMessage());
		}
	}

	/** Record an error on a column; always returns {@code null}. */
	public <T> T fail(String column, String reason) {
		return fail(indexOf(column), reason);
	}

	/** Record an error on the template's column {@code index}; always returns {@code null}. */
	public <T> T fail(int index, String reason) {
		if (this.rowFailed || this.failed[index]) {
			return null;
		}
		this.failed[index] = true;
		if (this.errors.isEmpty()) {
			this.errors = new ArrayList<>(2);
		}
		String column = this.template.columns().get(index).code();
		this.errors.add(new InputError(this.file, this.row.line(), column, reason));
		return null;
	}

	/** @return the errors found so far in this row */
	public List<InputError> errors() {
		return this.errors;
	}

	/** @return whether no field of the row failed so far */
	public boolean valid() {
		return this.errors.isEmpty();
	}

	public long line() {
		return this.row.line();
	}

	public Row row() {
		return this.row;
	}

	public int indexOf(String column) {
		for (int i = 0; i < this.template.columns().size(); i++) {
			if (this.template.columns().get(i).code().equals(column)) {
				return i;
			}
		}
		throw new IllegalArgumentException("No column " + column + " in template " + this.template.name());
	}

}
