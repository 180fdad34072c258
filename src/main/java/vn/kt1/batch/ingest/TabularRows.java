package vn.kt1.batch.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.kt1.batch.shared.input.InputError;
import vn.kt1.batch.shared.input.RowFields;
import vn.kt1.batch.shared.input.TableRows;
import vn.kt1.batch.shared.tabular.Template;

/**
 * A small input file (a report, a voucher list) read whole, with its bad rows kept as
 * rejected rows and further rows set aside by checks across rows.
 */
public final class TabularRows<T> {

	private final TableRows<T> table;

	private final List<RejectedRow> rejected = new ArrayList<>();

	private TabularRows(TableRows<T> table) {
		this.table = table;
		table.bad().forEach((row) -> this.rejected.add(RejectedRow.of(row.errors(), row.raw())));
	}

	/**
	 * @param mapper builds a value from a row, or returns {@code null} after recording errors
	 */
	public static <T> TabularRows<T> read(Path file, Template template, Function<RowFields, T> mapper) {
		return new TabularRows<>(TableRows.read(file, template, mapper));
	}

	/** Set a parsed row aside after a check across rows. */
	public void reject(InputError error, TableRows.Parsed<T> row) {
		this.rejected.add(new RejectedRow(error, row.raw()));
	}

	public List<TableRows.Parsed<T>> rows() {
		return this.table.rows();
	}

	/** @return the outcome, given the rows that were finally written */
	public LoadOutcome outcome(long rowsLoaded) {
		return (this.table.failure() != null) ? LoadOutcome.refused(this.table.failure().getMessage())
				: new LoadOutcome(this.table.rowsRead(), rowsLoaded, this.rejected, null);
	}

}
