package vn.kt1.batch.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A file in the registry.
 *
 * @param id registry id
 * @param path where it is now: in the inbox until archived, then in {@code processed/} or
 * {@code failed/}
 * @param sha256 its content's hash, {@code null} for a file refused before it was read
 * @param status {@code PENDING}, {@code LOADED}, {@code REFUSED} or {@code DUPLICATE}
 * @param size its size when it was taken
 * @param modified its modification time when it was taken, or {@code null}
 * @param eventTime a throughput file's latest acceptance or delivery time, or {@code null}
 * @param duplicateOf the file whose content it repeats, for a duplicate
 */
public record InputFile(long id, InputKind kind, Path path, String sha256, String status, String reason, long size,
		Instant modified, LocalDateTime eventTime, Long duplicateOf) {

	/** @return the file's name */
	public String name() {
		return this.path.getFileName().toString();
	}

}
