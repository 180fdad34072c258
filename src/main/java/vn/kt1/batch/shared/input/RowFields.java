package vn.kt1.batch.shared.input;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.kt1.batch.shared.tabular.FieldException;
import vn.kt1.batch.shared.tabular.FieldParsers;
import vn.kt1.batch.shared.tabular.Row;
import vn.kt1.batch.shared.tabular.Template;

/**
 * Reads the typed fields of one row, by column code or by the column's position in the
 * template, and collects one error per bad field, so that a row reports every problem at
 * once.
 */
public final class RowFields {

	private final String file;

	private final Template template;

	private final Row row;

	private List<InputError> errors = List.of();

	public RowFields(String file, Template template, Row row) {
		this.file = file;
		this.template = template;
		this.row = row;
	}

	/** @return the raw text of the column, or {@code null} when empty or absent */
	public String raw(String column) {
		return raw(indexOf(column));
	}

	/** @return the raw text of the template's column {@code index}, or {@code null} */
	public String raw(int index) {
		String value = this.row.values()[index];
		return (value == null || value.isBlank()) ? null : value;
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
