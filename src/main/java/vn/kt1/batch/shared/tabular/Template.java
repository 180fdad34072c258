package vn.kt1.batch.shared.tabular;

import java.util.List;

/**
 * The columns an input file must or may have.
 *
 * @param name a short name for messages
 * @param columns the columns, in the order rows report their values
 */
public record Template(String name, List<Column> columns) {

	public Template {
		columns = List.copyOf(columns);
	}

}
