package vn.kt1.batch.shared.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.kt1.batch.shared.tabular.Row;
import vn.kt1.batch.shared.tabular.TabularFormatException;
import vn.kt1.batch.shared.tabular.TabularReader;
import vn.kt1.batch.shared.tabular.Template;

/**
 * A small input file read whole (a reference list, a report, a voucher list): the rows that
 * parsed, the rows that did not with all their errors, or why the file cannot be read.
 */
public final class TableRows<T> {

	/** A row that parsed: its line, its value and the values as received. */
	public record Parsed<T>(long line, T value, String[] raw) {
	}

	/** A row that did not parse: every error found in it and the values as received. */
	public record Bad(List<InputError> errors, String[] raw) {
	}

	private final List<Parsed<T>> rows = new ArrayList<>();

	private final List<Bad> bad = new ArrayList<>();

	private long rowsRead;

	private TabularFormatException failure;

	private TableRows() {
	}

	/**
	 * @param mapper builds a value from a row, recording errors in it, or returns {@code null}
	 */
	public static <T> TableRows<T> read(Path file, Template template, Function<RowFields, T> mapper) {
		TableRows<T> result = new TableRows<>();
		String name = file.getFileName().toString();
		try (TabularReader reader = TabularReader.open(file, template)) {
			for (Row row = reader.next(); row != null; row = reader.next()) {
				result.rowsRead++;
				RowFields fields = new RowFields(name, template, row);
				T value = mapper.apply(fields);
				if (fields.valid() && value != null) {
					result.rows.add(new Parsed<>(row.line(), value, row.values().clone()));
				}
				else {
					result.bad.add(new Bad(fields.errors(), row.values().clone()));
				}
			}
		}
		catch (TabularFormatException ex) {
			result.failure = ex;
		}
		return result;
	}

	public List<Parsed<T>> rows() {
		return this.rows;
	}

	public List<Bad> bad() {
		return this.bad;
	}

	public long rowsRead() {
		return this.rowsRead;
	}

	/**
	 * @param file the file's name, as errors name it
	 * @return every error of a file loaded all or nothing: why it could not be read as a table,
	 * then each bad row's errors
	 */
	public List<InputError> errors(String file) {
		List<InputError> errors = new ArrayList<>();
		if (this.failure != null) {
			errors.add(new InputError(file, this.failure.line(), this.failure.column(), this.failure.reason()));
		}
		this.bad.forEach((row) -> errors.addAll(row.errors()));
		return errors;
	}

	/** @return why the file could not be read as a table, or {@code null} */
	public TabularFormatException failure() {
		return this.failure;
	}

}
