package vn.kt1.batch.ingest;

/** One file's line in the summary of an ingest run. */
public record FileSummary(long id, String kind, String fileName, String status, long rowsRead, long rowsLoaded,
		long rowsRejected, String reason, long millis, long rowsKnown) {

}
