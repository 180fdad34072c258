package vn.kt1.batch.ingest;

import java.util.List;

/**
 * What a loader did with one file, before the all-or-nothing decision.
 *
 * @param rowsRead data rows read (blank rows not counted)
 * @param rowsLoaded rows written to the tables (still invisible to others until commit)
 * @param rejected rows kept aside, with their reasons
 * @param failure a file-level reason to refuse the file whole, or {@code null}
 */
public record LoadOutcome(long rowsRead, long rowsLoaded, List<RejectedRow> rejected, String failure) {

	public static LoadOutcome refused(String failure) {
		return new LoadOutcome(0, 0, List.of(), failure);
	}

}
