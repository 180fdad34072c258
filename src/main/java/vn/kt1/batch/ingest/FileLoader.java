package vn.kt1.batch.ingest;

import java.nio.file.Path;

/** Loads the rows of one kind of input file into its tables, inside the caller's transaction. */
public interface FileLoader {

	InputKind kind();

	/**
	 * Read, check and write the file's rows.
	 * @param fileId the file's registry id, stored with every row
	 * @param file the file
	 * @param progress told of rows as they are read
	 * @return counts, rejected rows, or a file-level failure
	 */
	LoadOutcome load(long fileId, Path file, IngestProgress progress);

	/** Remove what {@link #load} wrote for the file, when the file is refused as a whole. */
	void discard(long fileId);

}
