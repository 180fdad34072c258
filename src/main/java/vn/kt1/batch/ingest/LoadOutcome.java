package vn.kt1.batch.ingest;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a loader did with one file, before the all-or-nothing decision.
 *
 * @param rowsRead data rows read (blank rows not counted)
 * @param rowsLoaded rows written to the tables (still invisible to others until commit)
 * @param rejected rows kept aside, with their reasons
 * @param failure a file-level reason to refuse the file whole, or {@code null}
 * @param rowsKnown rows already stored from another file (the same fact sent again): neither
 * written again nor rejected
 * @param eventTime a throughput file's latest acceptance or delivery time, or {@code null}
 */
public record LoadOutcome(long rowsRead, long rowsLoaded, RejectedRows rejected, String failure, long rowsKnown,
		LocalDateTime eventTime) {

	public LoadOutcome(long rowsRead, long rowsLoaded, List<RejectedRow> rejected, String failure) {
		this(rowsRead, rowsLoaded, RejectedRows.of(rejected), failure, 0, null);
	}

	public static LoadOutcome refused(String failure) {
		return new LoadOutcome(0, 0, List.of(), failure);
	}

}
