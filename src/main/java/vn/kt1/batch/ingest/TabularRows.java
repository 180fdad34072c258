package vn.kt1.batch.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.kt1.batch.shared.input.InputError;
import vn.kt1.batch.shared.input.RowFields;
import vn.kt1.batch.shared.tabular.Row;
import vn.kt1.batch.shared.tabular.TabularFormatException;
import vn.kt1.batch.shared.tabular.TabularReader;
import vn.kt1.batch.shared.tabular.Template;

/**
 * Reads a small input file (a report, a voucher list) whole: its parsed rows, its rejected
 * rows, or the file-level reason it cannot be read.
 */
public final class TabularRows<T> {

	/** A parsed row with its line. */
	public record Parsed<T>(long line, T value, String[] raw) {
	}

	private final List<Parsed<T>> rows = new ArrayList<>();

	private final List<RejectedRow> rejected = new ArrayList<>();

	private long rowsRead;

	private String failure;

	private TabularRows() {
	}

	/**
	 * @param mapper builds a value from a row, or returns {@code null} after recording errors
	 */
	public static <T> TabularRows<T> read(Path file, Template template, Function<RowFields, T> mapper) {
		TabularRows<T> result = new TabularRows<>();
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
					result.reject(fields.errors(), row.values());
				}
			}
		}
		catch (TabularFormatException ex) {
			result.failure = ex.getMessage();
		}
		return result;
	}

	/** Set a parsed row aside after a check across rows. */
	public void reject(InputError error, Parsed<T> row) {
		this.rejected.add(new RejectedRow(error, row.raw()));
	}

	private void reject(List<InputError> errors, String[] raw) {
		this.rejected.add(RejectedRow.of(errors, raw));
	}

	public List<Parsed<T>> rows() {
		return this.rows;
	}

	/** @return the outcome, given the rows that were finally written */
	public LoadOutcome outcome(long rowsLoaded) {
		return (this.failure != null) ? LoadOutcome.refused(this.failure)
				: new LoadOutcome(this.rowsRead, rowsLoaded, this.rejected, null);
	}

}
