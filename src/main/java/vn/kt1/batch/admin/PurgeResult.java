package vn.kt1.batch.admin;

import java.util.Map;

/**
 * What a purge deleted, or would delete.
 *
 * @param rows rows per table, in the order they are deleted
 * @param keptInstances unfinished job instances whose old executions were kept for a restart
 */
public record PurgeResult(Map<String, Integer> rows, int keptInstances) {

	/** @return {@code table=rows, ...} in one line */
	String summary() {
		StringBuilder summary = new StringBuilder();
		this.rows.forEach((table, count) -> summary.append((summary.length() > 0) ? ", " : "")
			.append(table)
			.append('=')
			.append(count));
		return summary.toString();
	}

}
